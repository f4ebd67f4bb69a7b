-- Campaigns and the PRM sequence engine. Every key users can hit starts with tenant_id; references
-- between tenant-owned rows carry the tenant (composite foreign keys).
ALTER TABLE contact ADD COLUMN cooldown_until TIMESTAMP(3) NULL;

CREATE TABLE client (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(40)  NOT NULL,
    name        VARCHAR(160) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_client_tenant_id (tenant_id, id),
    UNIQUE KEY uk_client_tenant_name (tenant_id, name),
    CONSTRAINT fk_client_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sequence_template (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id         VARCHAR(40)  NOT NULL,
    name              VARCHAR(80)  NOT NULL,
    days              TINYINT      NOT NULL,
    slots             VARCHAR(120) NOT NULL,
    min_gap_minutes   SMALLINT     NOT NULL,
    max_attempts      TINYINT      NOT NULL,
    sms_day           TINYINT      NOT NULL,
    sms_lead_minutes  SMALLINT     NOT NULL,
    cooldown_days     SMALLINT     NOT NULL,
    created_at        TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_template_tenant_id (tenant_id, id),
    UNIQUE KEY uk_template_tenant_name (tenant_id, name),
    CONSTRAINT fk_template_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The directeur's settings: contact pressure and the start rule of each periodicity.
CREATE TABLE agency_policy (
    tenant_id            VARCHAR(40)  NOT NULL,
    max_attempts_7_days  SMALLINT     NOT NULL,
    cooldown_days        SMALLINT     NOT NULL,
    start_rules          VARCHAR(400) NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_policy_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE campaign (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id              VARCHAR(40)   NOT NULL,
    client_id              BIGINT        NOT NULL,
    template_id            BIGINT        NULL,
    kind                   VARCHAR(20)   NOT NULL,
    subject                VARCHAR(200)  NOT NULL,
    key_message            VARCHAR(2000) NULL,
    call_script            VARCHAR(4000) NULL,
    send_date              DATE          NOT NULL,
    event_date             DATE          NULL,
    registration_deadline  DATE          NULL,
    followup_start         DATE          NULL,
    status                 VARCHAR(10)   NOT NULL,
    created_by             VARCHAR(254)  NOT NULL,
    created_at             TIMESTAMP(3)  NOT NULL,
    launched_at            TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_campaign_tenant_id (tenant_id, id),
    KEY ix_campaign_tenant_status (tenant_id, status, send_date),
    CONSTRAINT fk_campaign_client FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
    CONSTRAINT fk_campaign_template FOREIGN KEY (tenant_id, template_id) REFERENCES sequence_template (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The staff of a campaign: its chefs de projet and stagiaires (callers).
CREATE TABLE campaign_member (
    tenant_id    VARCHAR(40) NOT NULL,
    campaign_id  BIGINT      NOT NULL,
    staff_id     BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, campaign_id, staff_id),
    CONSTRAINT fk_member_campaign FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaign (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_member_staff FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE enrolment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(40)  NOT NULL,
    campaign_id     BIGINT       NOT NULL,
    contact_id      BIGINT       NOT NULL,
    caller_id       BIGINT       NULL,
    status          VARCHAR(24)  NOT NULL,
    attempts        TINYINT      NOT NULL DEFAULT 0,
    pick_ups        TINYINT      NOT NULL DEFAULT 0,
    missed          TINYINT      NOT NULL DEFAULT 0,
    max_attempts    TINYINT      NOT NULL,
    min_gap_minutes SMALLINT     NOT NULL,
    cooldown_days   SMALLINT     NOT NULL,
    callback_at     TIMESTAMP(3) NULL,
    sequence_over   BOOLEAN      NOT NULL DEFAULT FALSE,
    first_day       DATE         NOT NULL,
    ends_at         TIMESTAMP(3) NOT NULL,
    closed_at       TIMESTAMP(3) NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_enrolment_tenant_id (tenant_id, id),
    UNIQUE KEY uk_enrolment_campaign_contact (tenant_id, campaign_id, contact_id),
    KEY ix_enrolment_tenant_contact (tenant_id, contact_id, status),
    KEY ix_enrolment_tenant_caller (tenant_id, caller_id, status),
    CONSTRAINT fk_enrolment_campaign FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaign (tenant_id, id),
    CONSTRAINT fk_enrolment_contact FOREIGN KEY (tenant_id, contact_id) REFERENCES contact (tenant_id, id),
    CONSTRAINT fk_enrolment_caller FOREIGN KEY (tenant_id, caller_id) REFERENCES staff_member (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A caller's queue ("Ma journée"): one row per slot of an enrolment, and per booked callback.
CREATE TABLE call_task (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id      VARCHAR(40)  NOT NULL,
    enrolment_id   BIGINT       NOT NULL,
    caller_id      BIGINT       NULL,
    kind           VARCHAR(10)  NOT NULL,
    day_no         TINYINT      NOT NULL,
    slot_no        TINYINT      NOT NULL,
    opens_at       TIMESTAMP(3) NOT NULL,
    closes_at      TIMESTAMP(3) NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_task_tenant_id (tenant_id, id),
    KEY ix_task_tenant_caller_opens (tenant_id, caller_id, opens_at),
    KEY ix_task_tenant_enrolment (tenant_id, enrolment_id),
    CONSTRAINT fk_task_enrolment FOREIGN KEY (tenant_id, enrolment_id) REFERENCES enrolment (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attempt (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id      VARCHAR(40)  NOT NULL,
    enrolment_id   BIGINT       NOT NULL,
    task_id        BIGINT       NULL,
    campaign_id    BIGINT       NOT NULL,
    contact_id     BIGINT       NOT NULL,
    caller_id      BIGINT       NULL,
    outcome        VARCHAR(16)  NOT NULL,
    day_no         TINYINT      NOT NULL,
    slot_no        TINYINT      NOT NULL,
    made_at        TIMESTAMP(3) NOT NULL,
    callback_at    TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    KEY ix_attempt_tenant_contact_made (tenant_id, contact_id, made_at),
    KEY ix_attempt_tenant_campaign (tenant_id, campaign_id),
    KEY ix_attempt_tenant_enrolment (tenant_id, enrolment_id),
    CONSTRAINT fk_attempt_enrolment FOREIGN KEY (tenant_id, enrolment_id) REFERENCES enrolment (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The engine's work: one row per step, polled by due time, claimed with FOR UPDATE SKIP LOCKED.
-- The unique key makes scheduling idempotent; runs counts executions (exactly 1 once done).
CREATE TABLE due_step (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(40)  NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    ref_id        BIGINT       NOT NULL,
    due_at        TIMESTAMP(3) NOT NULL,
    status        VARCHAR(8)   NOT NULL,
    lease_until   TIMESTAMP(3) NULL,
    tries         TINYINT      NOT NULL DEFAULT 0,
    runs          TINYINT      NOT NULL DEFAULT 0,
    executed_at   TIMESTAMP(3) NULL,
    last_error    VARCHAR(500) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_step_key (tenant_id, kind, ref_id, due_at),
    KEY ix_step_status_due (status, due_at),
    KEY ix_step_lease (status, lease_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Side effects that leave the database, written in the step's transaction and sent after commit.
CREATE TABLE sms_outbox (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(40)  NOT NULL,
    enrolment_id  BIGINT       NOT NULL,
    to_number     VARCHAR(20)  NOT NULL,
    due_at        TIMESTAMP(3) NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    sent_at       TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sms_one_per_sequence (tenant_id, enrolment_id),
    KEY ix_sms_status (status, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
