-- HTTP aggregators (Twilio-compatible REST) call us back with delivery states and replies: each
-- agency's callbacks carry its own random key in their URL, and are signed with its auth token.
ALTER TABLE sms_provider ADD COLUMN hook_key VARCHAR(43) NULL;
CREATE UNIQUE INDEX ux_sms_provider_hook ON sms_provider (hook_key);
