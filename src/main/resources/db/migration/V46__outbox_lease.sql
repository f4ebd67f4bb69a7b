-- A claimed message holds a lease until it is handed over (then NULL): a node that dies between its
-- claim and the hand-over leaves rows whose lease lapses, and the sweep puts them back to wait. A
-- SENDING row without a lease was handed over and is never sent again. The lease's time is also the
-- claim's token: a node whose lease lapsed cannot hand over a message another node claimed since.
ALTER TABLE sms_outbox ADD COLUMN lease_until TIMESTAMP(3) NULL;
ALTER TABLE mail_outbox ADD COLUMN lease_until TIMESTAMP(3) NULL;
ALTER TABLE preference_mail ADD COLUMN lease_until TIMESTAMP(3) NULL;
