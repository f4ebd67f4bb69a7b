-- Issue 19, part 1 (the score, explained): the directeur's weights of the targeting score, and every
-- move a chef makes between "à appeler" and "envoi seul". A moved target is pinned: a new split
-- (targets added, weights changed, the team changed) never undoes a chef's move.
CREATE TABLE targeting_weights (
    tenant_id   VARCHAR(40)  NOT NULL,
    weights     VARCHAR(400) NOT NULL,
    updated_by  VARCHAR(254) NULL,
    updated_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_weights_agency FOREIGN KEY (tenant_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE campaign_target ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE;

-- The history of moves, oldest first (who moved whom, to which group, when).
CREATE TABLE target_move (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(40)  NOT NULL,
    campaign_id  BIGINT       NOT NULL,
    contact_id   BIGINT       NOT NULL,
    to_mode      VARCHAR(10)  NOT NULL,
    moved_by     BIGINT       NULL,
    moved_at     TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_move_tenant_campaign (tenant_id, campaign_id, contact_id, moved_at),
    CONSTRAINT fk_move_target FOREIGN KEY (tenant_id, campaign_id, contact_id)
        REFERENCES campaign_target (tenant_id, campaign_id, contact_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Capacity: the open tasks of the team's callers on the sequence's days, by caller and time.
-- (ix_task_tenant_caller_opens, V3, already serves it.)
