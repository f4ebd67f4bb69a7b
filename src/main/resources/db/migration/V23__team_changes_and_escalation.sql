-- Escalation, an option of a sequence template: after this many unanswered attempts (no answer,
-- voicemail) the remaining attempts go to a chef de projet. NULL: no escalation.
ALTER TABLE sequence_template ADD COLUMN escalate_after INT NULL;

-- Copied onto the enrolment at launch like the other rules, so that editing the template later
-- does not change running sequences; escalated_at says when it went to a senior (never back to a
-- stagiaire after that, whatever reassignment follows).
ALTER TABLE enrolment ADD COLUMN escalate_after INT NULL;
ALTER TABLE enrolment ADD COLUMN escalated_at TIMESTAMP(3) NULL;
