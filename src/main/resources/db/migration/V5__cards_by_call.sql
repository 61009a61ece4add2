-- The retention job deletes a batch of calls with their cards. PostgreSQL indexes no foreign key by itself: without
-- this, each deleted hook_call row made it scan the whole hook_card table for rows still referring to it, and the
-- delete of the cards scanned it once more. (H2 indexes foreign keys on its own; the index costs it little.)
create index hook_card_by_call on hook_card (hook_call_id);
