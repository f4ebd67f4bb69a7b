-- The campaign's release (or invitation) by email: its subject and text (variables like the SMS),
-- and whether it leaves at launch (off by default: a launch sends no email unless asked).
ALTER TABLE campaign ADD COLUMN email_subject VARCHAR(200) NULL;
ALTER TABLE campaign ADD COLUMN email_body TEXT NULL;
ALTER TABLE campaign ADD COLUMN email_at_launch BOOLEAN NOT NULL DEFAULT FALSE;

-- The email outbox. A message is written in the transaction that decides it (the launch, a
-- caller's "renvoyez-le-moi") and sent after commit: PENDING → SENDING (committed before the SMTP
-- conversation) → SENT or FAILED; OUTBOX when the server has no SMTP (the outbox page keeps it).
-- The text is rendered when written (what the person receives does not move if the campaign's
-- text is edited later); the HTML part is derived from it at send time.
CREATE TABLE mail_outbox (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id         VARCHAR(40)   NOT NULL,
    campaign_id       BIGINT        NOT NULL,
    contact_id        BIGINT        NOT NULL,
    enrolment_id      BIGINT        NULL,
    kind              VARCHAR(10)   NOT NULL,
    -- a double click or a replayed launch finds its key taken and writes nothing
    idempotency_key   VARCHAR(80)   NOT NULL,
    to_email          VARCHAR(254)  NOT NULL,
    reply_to          VARCHAR(254)  NULL,
    subject           VARCHAR(200)  NOT NULL,
    body_text         TEXT          NOT NULL,
    unsubscribe_token VARCHAR(43)   NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    tries             INT           NOT NULL DEFAULT 0,
    due_at            TIMESTAMP(3)  NOT NULL,
    sent_at           TIMESTAMP(3)  NULL,
    last_error        VARCHAR(300)  NULL,
    requested_by      VARCHAR(254)  NULL,
    created_at        TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_mail_tenant_key (tenant_id, idempotency_key),
    -- the one lookup across agencies: the unsubscribe link carries only its token
    UNIQUE KEY uk_mail_token (unsubscribe_token),
    KEY ix_mail_tenant_created (tenant_id, created_at),
    KEY ix_mail_tenant_contact (tenant_id, contact_id, campaign_id),
    -- the dispatcher's claim across agencies, like the SMS outbox's
    KEY ix_mail_status_due (status, due_at),
    CONSTRAINT fk_mail_campaign FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaign (tenant_id, id),
    CONSTRAINT fk_mail_enrolment FOREIGN KEY (tenant_id, enrolment_id) REFERENCES enrolment (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
