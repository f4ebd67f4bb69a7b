-- The address book: media outlets, contacts, and the imports that fill them.
-- Every key users can hit starts with tenant_id. References between tenant-owned rows carry the
-- tenant too (composite foreign keys), so that the database itself refuses a cross-agency link.
ALTER TABLE staff_member ADD UNIQUE KEY uk_staff_tenant_id (tenant_id, id);

CREATE TABLE outlet (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id          VARCHAR(40)  NOT NULL,
    name               VARCHAR(160) NOT NULL,
    type               VARCHAR(20)  NULL,
    periodicity        VARCHAR(20)  NULL,
    closing_weekday    TINYINT      NULL,
    closing_month_day  TINYINT      NULL,
    scale              VARCHAR(20)  NULL,
    tier               CHAR(1)      NULL,
    topics             VARCHAR(500) NULL,
    created_at         TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_outlet_tenant_id (tenant_id, id),
    UNIQUE KEY uk_outlet_tenant_name (tenant_id, name),
    KEY ix_outlet_tenant_type (tenant_id, type),
    KEY ix_outlet_tenant_tier (tenant_id, tier),
    CONSTRAINT fk_outlet_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contact (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id           VARCHAR(40)   NOT NULL,
    civility            VARCHAR(4)    NULL,
    first_name          VARCHAR(80)   NULL,
    last_name           VARCHAR(80)   NOT NULL,
    beat                VARCHAR(160)  NULL,
    outlet_id           BIGINT        NULL,
    topics              VARCHAR(500)  NULL,
    tier                CHAR(1)       NULL,
    landline            VARCHAR(20)   NULL,
    mobile              VARCHAR(20)   NULL,
    email               VARCHAR(254)  NULL,
    time_zone           VARCHAR(40)   NULL,
    call_windows        VARCHAR(120)  NULL,
    language            VARCHAR(8)    NULL,
    owner_id            BIGINT        NULL,
    privileged          BOOLEAN       NOT NULL DEFAULT FALSE,
    notes               VARCHAR(4000) NULL,
    confidential_notes  VARCHAR(4000) NULL,
    legal_basis         VARCHAR(20)   NULL,
    legal_basis_date    DATE          NULL,
    legal_basis_source  VARCHAR(160)  NULL,
    do_not_call         BOOLEAN       NOT NULL DEFAULT FALSE,
    do_not_call_at      TIMESTAMP(3)  NULL,
    do_not_call_reason  VARCHAR(160)  NULL,
    opted_out           BOOLEAN       NOT NULL DEFAULT FALSE,
    opted_out_at        TIMESTAMP(3)  NULL,
    opted_out_reason    VARCHAR(160)  NULL,
    erased_at           TIMESTAMP(3)  NULL,
    created_at          TIMESTAMP(3)  NOT NULL,
    updated_at          TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_contact_tenant_id (tenant_id, id),
    KEY ix_contact_tenant_name (tenant_id, last_name, first_name),
    KEY ix_contact_tenant_first (tenant_id, first_name),
    KEY ix_contact_tenant_email (tenant_id, email),
    KEY ix_contact_tenant_mobile (tenant_id, mobile),
    KEY ix_contact_tenant_landline (tenant_id, landline),
    KEY ix_contact_tenant_outlet (tenant_id, outlet_id),
    KEY ix_contact_tenant_owner (tenant_id, owner_id),
    KEY ix_contact_tenant_tier (tenant_id, tier),
    KEY ix_contact_tenant_created (tenant_id, created_at),
    CONSTRAINT fk_contact_agency FOREIGN KEY (tenant_id) REFERENCES agency (id),
    CONSTRAINT fk_contact_outlet FOREIGN KEY (tenant_id, outlet_id) REFERENCES outlet (tenant_id, id),
    CONSTRAINT fk_contact_owner FOREIGN KEY (tenant_id, owner_id) REFERENCES staff_member (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A column mapping saved for the next file with the same headers.
CREATE TABLE import_mapping (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(40)  NOT NULL,
    target      VARCHAR(10)  NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    columns_map TEXT         NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_mapping_tenant_name (tenant_id, target, name),
    CONSTRAINT fk_mapping_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One import and its outcome, line by line (a gzipped CSV: one row per line of the file).
CREATE TABLE import_report (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id      VARCHAR(40)  NOT NULL,
    target         VARCHAR(10)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    created_by     VARCHAR(254) NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL,
    finished_at    TIMESTAMP(3) NULL,
    mode           VARCHAR(20)  NOT NULL,
    duplicates     VARCHAR(10)  NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    total_rows     INT          NOT NULL DEFAULT 0,
    created_count  INT          NOT NULL DEFAULT 0,
    updated_count  INT          NOT NULL DEFAULT 0,
    skipped_count  INT          NOT NULL DEFAULT 0,
    rejected_count INT          NOT NULL DEFAULT 0,
    report_csv     LONGBLOB     NULL,
    PRIMARY KEY (id),
    KEY ix_report_tenant_created (tenant_id, created_at),
    CONSTRAINT fk_report_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
