-- The agency's own people who go to a meeting get its invitation too: an email to staff has no
-- unsubscribe link (its token would opt the prospect out), hence a token that may be absent
-- (a UNIQUE key allows any number of NULLs).
ALTER TABLE mail_outbox MODIFY unsubscribe_token VARCHAR(43) NULL;

-- Who said a meeting was held or cancelled, and when.
ALTER TABLE meeting ADD COLUMN status_by VARCHAR(254) NULL;
ALTER TABLE meeting ADD COLUMN status_at TIMESTAMP(3) NULL;
