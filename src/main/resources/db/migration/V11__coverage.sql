-- Coverage ("retombées"): the articles and broadcasts a campaign obtained, shown to its client.
-- The campaign is a composite foreign key (same agency); outlet and contact are checked by the service
-- and read with LEFT JOINs on the agency, so that deleting an outlet or a contact never fails on
-- an article (MySQL cannot SET NULL half of a composite key).
CREATE TABLE coverage (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(40)   NOT NULL,
    campaign_id   BIGINT        NOT NULL,
    outlet_id     BIGINT        NULL,
    contact_id    BIGINT        NULL,
    published_on  DATE          NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    url           VARCHAR(1000) NULL,
    kind          VARCHAR(12)   NOT NULL,
    audience      BIGINT        NULL,
    tone          VARCHAR(10)   NOT NULL,
    created_by    VARCHAR(200)  NULL,
    created_at    TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_coverage_tenant_campaign (tenant_id, campaign_id, published_on),
    CONSTRAINT fk_coverage_campaign FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaign (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
