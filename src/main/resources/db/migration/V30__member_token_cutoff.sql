-- A disabled member's tokens issued before this instant stay refused even once re-enabled: the
-- revocation is the member's own row, not Keycloak's not-before (which reaches the app as a
-- deployment-wide policy and would log every agency's API clients out).
ALTER TABLE staff_member ADD COLUMN tokens_valid_from TIMESTAMP(3) NULL;
