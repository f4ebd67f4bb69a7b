-- SMS aggregators' callbacks already taken, per agency (issue 16 §9): a signed callback recorded
-- and played again is refused by its id. Bounded: an agency's ids older than 90 days are deleted
-- as new ones arrive (a status callback that old is refused by its timestamp anyway).
CREATE TABLE sms_hook_seen (
    tenant_id    VARCHAR(40)  NOT NULL,
    -- SHA-256 (hex) of the kind and the provider's id of the delivery
    delivery_id  CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    seen_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (tenant_id, delivery_id),
    KEY ix_sms_hook_seen_age (tenant_id, seen_at),
    CONSTRAINT fk_sms_hook_seen_agency FOREIGN KEY (tenant_id) REFERENCES agency (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
