-- The anchor SMS's text: a template per campaign (null: the default text), rendered per contact
-- into the outbox when the engine's SMS step runs, with its encoding and segments.
ALTER TABLE campaign ADD COLUMN sms_template VARCHAR(800) NULL;
ALTER TABLE sms_outbox ADD COLUMN body VARCHAR(1000) NULL;
ALTER TABLE sms_outbox ADD COLUMN encoding VARCHAR(5) NULL;
ALTER TABLE sms_outbox ADD COLUMN segments TINYINT NULL;
CREATE INDEX ix_sms_tenant_created ON sms_outbox (tenant_id, created_at);
