-- Issue 19: the anchor SMS names the day of the first call ({delai}); that day is a promise.
-- promised_from/promised_to: the promised day in the person's own zone (NULL: the text promised no day).
-- A promise is kept when a call of the sequence is made inside it; the bilan counts those kept.
ALTER TABLE sms_outbox
    ADD COLUMN promised_from TIMESTAMP(3) NULL,
    ADD COLUMN promised_to   TIMESTAMP(3) NULL;
