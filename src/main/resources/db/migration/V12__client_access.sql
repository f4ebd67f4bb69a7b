-- What the agency shows its clients: viewers (a Keycloak account with role client, bound to one
-- brand of one agency) and share links (a random token, an expiry, revocable, counted).
CREATE TABLE client_viewer (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(40)   NOT NULL,
    client_id     BIGINT        NOT NULL,
    account_id    VARCHAR(64)   NULL,
    email         VARCHAR(254)  NOT NULL,
    first_name    VARCHAR(100)  NULL,
    last_name     VARCHAR(100)  NULL,
    enabled       BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_viewer_tenant_email (tenant_id, email),
    KEY ix_viewer_tenant_client (tenant_id, client_id),
    CONSTRAINT fk_viewer_client FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE share_link (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(40)   NOT NULL,
    campaign_id     BIGINT        NOT NULL,
    token           VARCHAR(43)   NOT NULL,
    expires_on      DATE          NOT NULL,
    revoked_at      TIMESTAMP(3)  NULL,
    opens           INT           NOT NULL DEFAULT 0,
    last_opened_at  TIMESTAMP(3)  NULL,
    created_by      VARCHAR(200)  NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_share_token (token),
    KEY ix_share_tenant_campaign (tenant_id, campaign_id),
    CONSTRAINT fk_share_campaign FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaign (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
