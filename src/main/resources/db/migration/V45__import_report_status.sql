-- The sweep of imports abandoned by a stopped node looks across agencies for RUNNING reports by age.
CREATE INDEX ix_report_status_created ON import_report (status, created_at);
