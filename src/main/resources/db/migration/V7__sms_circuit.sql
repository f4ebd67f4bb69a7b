-- A dead SMS gateway opens the agency's circuit: its messages wait, its directeur is told.
ALTER TABLE sms_provider ADD COLUMN failures SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE sms_provider ADD COLUMN open_until TIMESTAMP(3) NULL;
ALTER TABLE sms_provider ADD COLUMN down_since TIMESTAMP(3) NULL;
ALTER TABLE sms_provider ADD COLUMN last_error VARCHAR(300) NULL;
