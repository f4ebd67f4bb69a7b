-- Keycloak accounts whose removal failed after a failed sign-up, invitation or client access:
-- retried by the daily sweep until Keycloak confirms they are gone. Platform-wide: no agency.
CREATE TABLE orphan_account (
    account_id   VARCHAR(64)   NOT NULL,
    reason       VARCHAR(200)  NOT NULL,
    last_error   VARCHAR(500)  NULL,
    attempts     INT           NOT NULL DEFAULT 1,
    created_at   TIMESTAMP(3)  NOT NULL,
    updated_at   TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (account_id),
    KEY ix_orphan_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
