-- The agency's dashboard reads attempts by time across campaigns (per month, per caller, the most
-- solicited contacts of the last 7 days): one covering index, tenant first.
CREATE INDEX ix_attempt_tenant_made ON attempt (tenant_id, made_at, caller_id, contact_id, outcome);
