-- A change made on the preferences page, waiting for the engine's next poll (2 s) to reach the
-- running sequences of every agency that holds the person: the poll finds their contacts by keyed
-- hash and ends what must end under each agency's own tenant, through the one withdrawal path.
CREATE TABLE preference_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    person_key  CHAR(64)     NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    done_at     TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    KEY ix_preference_change_pending (done_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
