-- Secrets in links compared exactly (issue 16 §9). The tables' collation, utf8mb4_unicode_ci,
-- compares without case: a share link, an unsubscribe link or an SMS hook address whose token had
-- its case changed still opened. These columns only ever hold URL-safe base64 or hex, so ASCII with
-- a binary collation: every byte counts, and the unique keys stop treating "aB" and "Ab" as one.
ALTER TABLE share_link MODIFY token VARCHAR(43) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE mail_outbox MODIFY unsubscribe_token VARCHAR(43) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE sms_provider MODIFY hook_key VARCHAR(43) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE preference_link MODIFY token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE preference_mail MODIFY link_token VARCHAR(43) CHARACTER SET ascii COLLATE ascii_bin NULL;
