-- Issue 18 §2, one person, one contact.
--
-- The normalised email and mobile of each contact, unique per agency. They live in their own
-- columns (not a unique key on email/mobile themselves) so that an agency that already holds
-- duplicates can migrate: the first contact of each group (lowest id) gets the key, the later ones
-- keep NULL (a unique key lets NULLs repeat) and show in the "doublons possibles" list until merged.
-- (email_key/mobile_key are taken: since V18 they hold the platform's keyed hashes.)
-- Landlines get no unique key: a switchboard number is shared by a whole newsroom, so two
-- journalists of one outlet legitimately have the same "fixe".
ALTER TABLE contact ADD COLUMN unique_email VARCHAR(254) NULL;
ALTER TABLE contact ADD COLUMN unique_mobile VARCHAR(20) NULL;
-- Since when the contact is at their current outlet (the start of the "ancien média" it becomes).
ALTER TABLE contact ADD COLUMN outlet_since TIMESTAMP(3) NULL;

UPDATE contact c
    JOIN (SELECT MIN(id) AS id FROM contact WHERE email IS NOT NULL AND erased_at IS NULL
          GROUP BY tenant_id, email) f ON f.id = c.id
SET c.unique_email = c.email;
UPDATE contact c
    JOIN (SELECT MIN(id) AS id FROM contact WHERE mobile IS NOT NULL AND erased_at IS NULL
          GROUP BY tenant_id, mobile) f ON f.id = c.id
SET c.unique_mobile = c.mobile;
UPDATE contact SET outlet_since = created_at WHERE outlet_id IS NOT NULL;

ALTER TABLE contact ADD UNIQUE KEY uk_contact_tenant_unique_email (tenant_id, unique_email);
ALTER TABLE contact ADD UNIQUE KEY uk_contact_tenant_unique_mobile (tenant_id, unique_mobile);

-- A journalist who changed outlet keeps their history: the outlet they left, from when to when.
-- The outlet's name is kept as it was (the outlet may be renamed or deleted later).
CREATE TABLE contact_former_outlet (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(40)   NOT NULL,
    contact_id   BIGINT        NOT NULL,
    outlet_id    BIGINT        NULL,
    outlet_name  VARCHAR(160)  NOT NULL,
    from_at      TIMESTAMP(3)  NULL,
    until_at     TIMESTAMP(3)  NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_former_outlet_contact (tenant_id, contact_id, until_at),
    CONSTRAINT fk_former_outlet_contact FOREIGN KEY (tenant_id, contact_id) REFERENCES contact (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every merge of two contacts: who, when, the values taken from the removed contact, and that
-- contact's former identity (its row is gone). No foreign key to contact: the removed one no longer
-- exists; erasing the kept person deletes these rows (they name them).
CREATE TABLE contact_merge (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(40)    NOT NULL,
    kept_id         BIGINT         NOT NULL,
    removed_id      BIGINT         NOT NULL,
    removed_name    VARCHAR(170)   NOT NULL,
    removed_outlet  VARCHAR(160)   NULL,
    removed_email   VARCHAR(254)   NULL,
    removed_mobile  VARCHAR(20)    NULL,
    removed_landline VARCHAR(20)   NULL,
    choices         VARCHAR(2000)  NOT NULL,
    moved           VARCHAR(500)   NOT NULL,
    merged_by       VARCHAR(254)   NOT NULL,
    created_at      TIMESTAMP(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_contact_merge_kept (tenant_id, kept_id, created_at),
    CONSTRAINT fk_contact_merge_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
