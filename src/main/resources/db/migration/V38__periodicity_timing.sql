-- Issue 19, timing by periodicity: each medium's call hours and lead before closing, and the agency's
-- working hours, as "WORKING=09:00-18:30;QUOTIDIEN=08:30-11:00,14:00-18:00/0;..." (domain PeriodicityTiming).
-- NULL: the documented defaults. The start rule of each periodicity stays in start_rules.
ALTER TABLE agency_policy ADD COLUMN timing VARCHAR(2000) NULL;
