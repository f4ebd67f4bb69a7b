-- The agency's SMS provider (none: the outbox keeps the messages), the state of each message as
-- the operator tells it, and the replies received.
CREATE TABLE sms_provider (
    tenant_id    VARCHAR(40)   NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    sender       VARCHAR(11)   NOT NULL,
    host         VARCHAR(200)  NULL,
    port         INT           NULL,
    system_id    VARCHAR(64)   NULL,
    secret       VARCHAR(400)  NULL,
    bind_type    VARCHAR(12)   NULL,
    dest_ton     TINYINT       NULL,
    dest_npi     TINYINT       NULL,
    updated_at   TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_sms_provider_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE sms_outbox ADD COLUMN provider_id VARCHAR(64) NULL;
ALTER TABLE sms_outbox ADD COLUMN tries TINYINT NOT NULL DEFAULT 0;
ALTER TABLE sms_outbox ADD COLUMN last_error VARCHAR(300) NULL;
ALTER TABLE sms_outbox ADD COLUMN delivered_at TIMESTAMP(3) NULL;
CREATE INDEX ix_sms_tenant_provider ON sms_outbox (tenant_id, provider_id);

CREATE TABLE sms_reply (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(40)   NOT NULL,
    contact_id   BIGINT        NULL,
    from_number  VARCHAR(20)   NOT NULL,
    body         VARCHAR(1000) NOT NULL,
    stop         BOOLEAN       NOT NULL,
    received_at  TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_reply_tenant_contact (tenant_id, contact_id, received_at),
    CONSTRAINT fk_reply_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
