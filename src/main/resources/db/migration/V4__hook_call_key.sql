-- The audit is written behind the hook call, in batches, and a batch is retried when the database did not answer: the
-- key the service gives each call lets a retry skip the calls a half-seen commit already stored. Not hookInstance:
-- clients resend one (retries, the examples under hooks/), refused calls may lack it, and every call answered must
-- keep its own row. Rows from before this migration have none (null keys do not collide, on H2 and PostgreSQL).
alter table hook_call add column call_key varchar(36);
alter table hook_call add constraint hook_call_call_key unique (call_key);
