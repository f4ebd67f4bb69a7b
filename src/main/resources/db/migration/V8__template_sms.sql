-- A sequence template carries its default anchor SMS text (a campaign may still write its own).
ALTER TABLE sequence_template ADD COLUMN sms_template VARCHAR(800) NULL;
