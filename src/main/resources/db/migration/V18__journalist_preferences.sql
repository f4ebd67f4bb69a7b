-- Journalists' own preferences, for every agency at once (issue 15, section 5). Platform tables:
-- no tenant id, and never an address in clear. A person is known by a keyed hash (HMAC-SHA256 with
-- the platform's RELANCE_PREFERENCES_KEY) of their normalised email address: without the key
-- nobody, an agency's DBA included, can test a guessed address against this table.
CREATE TABLE journalist_preference (
    person_key            CHAR(64)     NOT NULL,
    no_calls              BOOLEAN      NOT NULL DEFAULT FALSE,
    one_call_per_release  BOOLEAN      NOT NULL DEFAULT FALSE,
    -- calls a week from all agencies together; NULL: no cap asked for
    weekly_cap            SMALLINT     NULL,
    away_until            DATE         NULL,
    email_only            BOOLEAN      NOT NULL DEFAULT FALSE,
    topics                VARCHAR(500) NULL,
    updated_at            TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (person_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One-time links (30 minutes, single use): only the SHA-256 of the token is kept.
CREATE TABLE preference_link (
    token_hash  CHAR(64)     NOT NULL,
    person_key  CHAR(64)     NOT NULL,
    expires_at  TIMESTAMP(3) NOT NULL,
    used_at     TIMESTAMP(3) NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (token_hash),
    KEY ix_preference_link_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The page's own outbox (an agency's mail_outbox belongs to a tenant and a campaign): the address
-- and the link are kept only until the email has left, then blanked.
CREATE TABLE preference_mail (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    to_email    VARCHAR(254)  NULL,
    link_token  VARCHAR(43)   NULL,
    language    VARCHAR(5)    NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    tries       INT           NOT NULL DEFAULT 0,
    due_at      TIMESTAMP(3)  NOT NULL,
    sent_at     TIMESTAMP(3)  NULL,
    last_error  VARCHAR(300)  NULL,
    created_at  TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_preference_mail_due (status, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Requests for a link, counted per fixed window, per client address and per email address (both
-- as hashes): the page is public and sends emails to whatever address is typed.
CREATE TABLE preference_rate (
    bucket        CHAR(64)     NOT NULL,
    window_start  DATETIME(3)  NOT NULL,
    hits          INT          NOT NULL,
    PRIMARY KEY (bucket, window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each contact carries the same keyed hash of its email and mobile, so that every agency's SQL
-- honours the preferences set-based (a join, not a hash per row). Computed by the engine's poll
-- after each write (keys_done = FALSE) and for every contact already there (the backfill).
-- Unlike other indexes these do not start with tenant_id: only the platform's own sweep, which
-- looks for a person across agencies, searches by them.
ALTER TABLE contact ADD COLUMN email_key CHAR(64) NULL;
ALTER TABLE contact ADD COLUMN mobile_key CHAR(64) NULL;
ALTER TABLE contact ADD COLUMN keys_done BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_contact_email_key ON contact (email_key);
CREATE INDEX ix_contact_mobile_key ON contact (mobile_key);
CREATE INDEX ix_contact_keys_done ON contact (keys_done);
