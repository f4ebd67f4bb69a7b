-- Issue 15 §2: a launched campaign, or one person's sequence, is paused, resumed or stopped by a
-- chef de projet or the directeur, always with a reason; who, when and why are kept with it.
-- (A stopped sequence keeps its who and why in enrolment.closed_by / closed_reason, from V16.)
ALTER TABLE campaign
    ADD COLUMN paused_at      TIMESTAMP(3) NULL,
    ADD COLUMN paused_by      VARCHAR(254) NULL,
    ADD COLUMN paused_reason  VARCHAR(160) NULL,
    ADD COLUMN resumed_at     TIMESTAMP(3) NULL,
    ADD COLUMN resumed_by     VARCHAR(254) NULL,
    ADD COLUMN resumed_reason VARCHAR(160) NULL,
    ADD COLUMN stopped_at     TIMESTAMP(3) NULL,
    ADD COLUMN stopped_by     VARCHAR(254) NULL,
    ADD COLUMN stopped_reason VARCHAR(160) NULL;

ALTER TABLE enrolment
    ADD COLUMN paused_at      TIMESTAMP(3) NULL,
    ADD COLUMN paused_by      VARCHAR(254) NULL,
    ADD COLUMN paused_reason  VARCHAR(160) NULL,
    ADD COLUMN resumed_at     TIMESTAMP(3) NULL,
    ADD COLUMN resumed_by     VARCHAR(254) NULL,
    ADD COLUMN resumed_reason VARCHAR(160) NULL;
