-- Issue 19, shared ground for its parts: who is called and who gets the release only, and when it leaves.
-- A target is either called ('CALL') or sent the release only ('SEND_ONLY'); its score (0-100) and the
-- reasons shown to the chef are kept as computed at launch, so that the bilan can compare the two groups
-- by score band after the fact, even when the weights have changed since.
ALTER TABLE campaign_target
    ADD COLUMN call_mode VARCHAR(10) NOT NULL DEFAULT 'CALL',
    ADD COLUMN score     SMALLINT     NULL,
    ADD COLUMN reasons   VARCHAR(1000) NULL;

CREATE INDEX ix_target_tenant_campaign_mode ON campaign_target (tenant_id, campaign_id, call_mode);

-- The campaign's topics (matched against each journalist's beat and topics) and the time of day the
-- release leaves on its send date, in each recipient's own time zone.
ALTER TABLE campaign
    ADD COLUMN topics    VARCHAR(500) NULL,
    ADD COLUMN send_time TIME         NOT NULL DEFAULT '09:00:00';
