-- Who closed a sequence before its end, and why ("Ne pas appeler" ticked by a chef, a campaign
-- stopped): the bilan and the client page say so.
ALTER TABLE enrolment ADD COLUMN closed_by VARCHAR(254) NULL;
ALTER TABLE enrolment ADD COLUMN closed_reason VARCHAR(160) NULL;

-- A number a caller found wrong: kept, flagged and dated on the contact; targeting leaves the
-- contact out ("faux numéro") until another number is entered.
ALTER TABLE contact ADD COLUMN wrong_number VARCHAR(20) NULL;
ALTER TABLE contact ADD COLUMN wrong_number_at TIMESTAMP(3) NULL;

-- The suppression list: what an erased person leaves behind, a one-way hash of their email and
-- phone numbers, so that a later import or entry of the same person arrives opted out.
CREATE TABLE suppression (
    tenant_id   VARCHAR(40)  NOT NULL,
    kind        VARCHAR(5)   NOT NULL,
    hash        CHAR(64)     NOT NULL,
    reason      VARCHAR(160) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (tenant_id, kind, hash),
    KEY ix_suppression_tenant_created (tenant_id, created_at),
    CONSTRAINT fk_suppression_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
