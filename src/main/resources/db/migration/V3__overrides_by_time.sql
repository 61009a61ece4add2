-- The alert-fatigue check starts from the few recent overrides, not from a user's and patient's many cards.
create index feedback_overrides_by_time on feedback (outcome, received_at);
