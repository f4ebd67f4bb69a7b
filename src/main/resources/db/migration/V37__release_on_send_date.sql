-- Issue 19, the release sent to the whole list on its send date: the release emails are written at launch
-- with a due time (the send date at the send time of each recipient's zone), and a chef may move them until
-- they leave. Moving them, and checking whether any has left, read a campaign's release emails by status:
-- this index keeps those on (tenant, campaign) instead of the agency's whole outbox.
CREATE INDEX ix_mail_tenant_campaign_kind ON mail_outbox (tenant_id, campaign_id, kind, status);
