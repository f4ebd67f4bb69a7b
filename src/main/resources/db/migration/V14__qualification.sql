-- Prospect qualification for "offre commerciale" campaigns: the agency's rules and settings, the
-- card a caller fills on a pick-up, the standard quote and proposal templates sent from it (as
-- emails of the outbox, with the document attached), and the meetings booked.

-- The directeur's rules (absent row: the defaults of PriorityRules.DEFAULT), the common objectives
-- offered on the card (one per line), the "no meeting without qualification" policy and the
-- average meeting duration, travel included, that the bilan's time saved is counted in.
CREATE TABLE qualification_policy (
    tenant_id                   VARCHAR(40)   NOT NULL,
    low_without_objective       BOOLEAN       NOT NULL DEFAULT TRUE,
    low_without_deadline        BOOLEAN       NOT NULL DEFAULT TRUE,
    high_within                 VARCHAR(24)   NOT NULL DEFAULT 'ONE_TO_THREE_MONTHS',
    high_needs_decision_maker   BOOLEAN       NOT NULL DEFAULT TRUE,
    high_min_feeling            TINYINT       NOT NULL DEFAULT 4,
    high_needs_budget           BOOLEAN       NOT NULL DEFAULT FALSE,
    objective_choices           TEXT          NULL,
    meeting_needs_qualification BOOLEAN       NOT NULL DEFAULT TRUE,
    meeting_minutes             SMALLINT      NOT NULL DEFAULT 150,
    updated_at                  TIMESTAMP(3)  NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_qpolicy_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One card per sequence (a prospect of a campaign). The priority the rules gave and the one kept
-- (the caller may override with a reason); the reasons as "key=value" lines. The outcome is the
-- chef de projet's, later: WON, LOST or NO_ANSWER.
CREATE TABLE qualification (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id         VARCHAR(40)   NOT NULL,
    campaign_id       BIGINT        NOT NULL,
    enrolment_id      BIGINT        NOT NULL,
    contact_id        BIGINT        NOT NULL,
    caller_id         BIGINT        NULL,
    objectives        TEXT          NULL,
    objective_text    VARCHAR(1000) NULL,
    deadline          DATE          NULL,
    horizon           VARCHAR(24)   NULL,
    budget_min        BIGINT        NULL,
    budget_max        BIGINT        NULL,
    decision_maker    VARCHAR(8)    NOT NULL,
    feeling           TINYINT       NOT NULL,
    rules_priority    VARCHAR(6)    NOT NULL,
    priority          VARCHAR(6)    NOT NULL,
    reasons           VARCHAR(1000) NOT NULL,
    override_reason   VARCHAR(500)  NULL,
    qualified_by      VARCHAR(254)  NULL,
    qualified_at      TIMESTAMP(3)  NOT NULL,
    outcome           VARCHAR(10)   NULL,
    outcome_by        VARCHAR(254)  NULL,
    outcome_at        TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_qualification_tenant_id (tenant_id, id),
    UNIQUE KEY uk_qualification_enrolment (tenant_id, enrolment_id),
    KEY ix_qualification_campaign (tenant_id, campaign_id, priority),
    CONSTRAINT fk_qualification_campaign FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaign (tenant_id, id),
    CONSTRAINT fk_qualification_enrolment FOREIGN KEY (tenant_id, enrolment_id) REFERENCES enrolment (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The standard quote (kind QUOTE, one per agency) and proposal templates (kind PROPOSAL): an email
-- text (variables like the release email's), and a document: either a PDF the agency uploaded, or
-- one generated at sending time from a title and a text with the prospect's name.
CREATE TABLE sales_template (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id      VARCHAR(40)   NOT NULL,
    kind           VARCHAR(8)    NOT NULL,
    name           VARCHAR(120)  NOT NULL,
    email_subject  VARCHAR(200)  NOT NULL,
    email_body     TEXT          NOT NULL,
    doc_title      VARCHAR(200)  NULL,
    doc_body       TEXT          NULL,
    pdf            MEDIUMBLOB    NULL,
    pdf_name       VARCHAR(200)  NULL,
    archived       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by     VARCHAR(254)  NULL,
    created_at     TIMESTAMP(3)  NOT NULL,
    updated_at     TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sales_template_tenant_id (tenant_id, id),
    KEY ix_sales_template_kind (tenant_id, kind, archived, name),
    CONSTRAINT fk_sales_template_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files attached to an outbox email (a quote's PDF, a meeting's .ics), written with it.
CREATE TABLE mail_attachment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id      VARCHAR(40)   NOT NULL,
    mail_id        BIGINT        NOT NULL,
    filename       VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(120)  NOT NULL,
    content        MEDIUMBLOB    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_attachment_mail (tenant_id, mail_id),
    CONSTRAINT fk_attachment_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The sales emails of a card (QUOTE, PROPOSAL, MEETING) are outbox emails of the sequence; the
-- template a quote or proposal came from is kept for the record.
ALTER TABLE mail_outbox ADD COLUMN template_id BIGINT NULL;
ALTER TABLE mail_outbox ADD KEY ix_mail_tenant_campaign_kind (tenant_id, campaign_id, kind);

-- A meeting with a prospect: when, how long, where (a place or a visio link), who goes (staff),
-- BOOKED → HELD or CANCELLED. Booked without a high-priority card only by a directeur's override,
-- whose reason is kept. The uid stays the calendar event's across sendings.
CREATE TABLE meeting (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id        VARCHAR(40)   NOT NULL,
    campaign_id      BIGINT        NOT NULL,
    enrolment_id     BIGINT        NOT NULL,
    contact_id       BIGINT        NOT NULL,
    qualification_id BIGINT        NULL,
    starts_at        TIMESTAMP(3)  NOT NULL,
    minutes          SMALLINT      NOT NULL,
    place            VARCHAR(300)  NULL,
    visio_url        VARCHAR(1000) NULL,
    status           VARCHAR(10)   NOT NULL,
    override_reason  VARCHAR(500)  NULL,
    uid              VARCHAR(80)   NOT NULL,
    booked_by        VARCHAR(254)  NULL,
    created_at       TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_meeting_tenant_id (tenant_id, id),
    KEY ix_meeting_campaign (tenant_id, campaign_id, status),
    KEY ix_meeting_enrolment (tenant_id, enrolment_id),
    CONSTRAINT fk_meeting_campaign FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaign (tenant_id, id),
    CONSTRAINT fk_meeting_enrolment FOREIGN KEY (tenant_id, enrolment_id) REFERENCES enrolment (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting_attendee (
    tenant_id   VARCHAR(40)  NOT NULL,
    meeting_id  BIGINT       NOT NULL,
    staff_id    BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, meeting_id, staff_id),
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_attendee_staff FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
