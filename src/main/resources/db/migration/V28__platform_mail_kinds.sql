-- The platform's outbox (preference_mail) also carries the sign-up's answers: the form says the same
-- thing whether the address or the agency id was free or not, and the real outcome goes by email to
-- the address typed. kind says which email; arg is what it names (the agency id), blanked once sent.
ALTER TABLE preference_mail ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'PREFERENCE_LINK';
ALTER TABLE preference_mail ADD COLUMN arg VARCHAR(40) NULL;
