-- One circuit per agency and channel (issue 17): the email circuit, kept in one node's memory until
-- now, is stored like the SMS one (every node sees it, a restart keeps it), and both live in one
-- table. The SMS circuits open or counting move over from the provider row, which no longer holds them.
CREATE TABLE channel_circuit (
    tenant_id    VARCHAR(40)   NOT NULL,
    channel      VARCHAR(8)    NOT NULL,
    -- failures in a row; from the threshold on the circuit stays open until open_until
    failures     SMALLINT      NOT NULL DEFAULT 0,
    open_until   TIMESTAMP(3)  NULL,
    down_since   TIMESTAMP(3)  NULL,
    last_error   VARCHAR(300)  NULL,
    PRIMARY KEY (tenant_id, channel),
    CONSTRAINT fk_channel_circuit_agency FOREIGN KEY (tenant_id) REFERENCES agency (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO channel_circuit (tenant_id, channel, failures, open_until, down_since, last_error)
SELECT tenant_id, 'SMS', failures, open_until, down_since, last_error FROM sms_provider
WHERE failures > 0 OR open_until IS NOT NULL;

ALTER TABLE sms_provider DROP COLUMN failures, DROP COLUMN open_until, DROP COLUMN down_since, DROP COLUMN last_error;
