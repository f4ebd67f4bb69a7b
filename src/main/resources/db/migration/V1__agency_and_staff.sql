-- The agency (tenant) and its staff. Portable MySQL 8 / MariaDB 10.6+ SQL.
CREATE TABLE agency (
    id          VARCHAR(40)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    country     CHAR(2)      NOT NULL,
    locale      VARCHAR(5)   NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_member (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(40)  NOT NULL,
    keycloak_id  VARCHAR(36)  NULL,
    email        VARCHAR(254) NOT NULL,
    first_name   VARCHAR(80)  NOT NULL,
    last_name    VARCHAR(80)  NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    enabled      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_staff_tenant_email (tenant_id, email),
    KEY ix_staff_tenant_name (tenant_id, last_name, first_name),
    CONSTRAINT fk_staff_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
