-- Targeting: the contacts chosen for a campaign before its launch, the chef's start override for
-- each, and, from the launch on, why a contact was left out (the pressure policy's reason).
CREATE TABLE campaign_target (
    tenant_id    VARCHAR(40)  NOT NULL,
    campaign_id  BIGINT       NOT NULL,
    contact_id   BIGINT       NOT NULL,
    start_on     DATE         NULL,
    excluded     VARCHAR(20)  NULL,
    added_at     TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (tenant_id, campaign_id, contact_id),
    KEY ix_target_tenant_contact (tenant_id, contact_id),
    CONSTRAINT fk_target_campaign FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaign (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_target_contact FOREIGN KEY (tenant_id, contact_id) REFERENCES contact (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The bilan reads a campaign's enrolments by status and its attempts by caller and slot.
CREATE INDEX ix_enrolment_tenant_campaign_status ON enrolment (tenant_id, campaign_id, status);
