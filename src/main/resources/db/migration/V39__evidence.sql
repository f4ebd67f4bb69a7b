-- Issue 19, part 5 (the agency's evidence): whether a targeted person obtained coverage is tested per
-- target, by campaign and contact, in the bilan's and the dashboard's grouped statements.
CREATE INDEX ix_coverage_tenant_campaign_contact ON coverage (tenant_id, campaign_id, contact_id);
