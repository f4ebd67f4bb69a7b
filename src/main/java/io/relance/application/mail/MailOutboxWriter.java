package io.relance.application.mail;

import java.time.Instant;
import java.util.List;

/**
 * Reads who a campaign's release email goes to and writes emails into the outbox, in the caller's
 * transaction (the launch, a "renvoyez-le-moi", a quote, a meeting's invitation): an idempotency
 * key already taken writes nothing. One email may carry files, written with it.
 */
public interface MailOutboxWriter {

    /** A sequence of the campaign, its contact's address and state, and the texts to render. */
    record Recipient(long enrolmentId, long campaignId, long contactId, String email, boolean reachable,
                            String firstName, String lastName, String campaignSubject, String emailSubject,
                            String emailBody, String callerFirstName, String chefEmail, String agencyName) {
    }

    /** An email to write; {@code key} is unique per agency; {@code templateId}: the sales template it came from. */
    record NewMail(long campaignId, long contactId, Long enrolmentId, String kind, String key, String toEmail,
                          String replyTo, String subject, String bodyText, String token, String requestedBy,
                          Long templateId) {

        /** The subject's column holds 200 characters: a longer rendered one is cut, marked with an ellipsis. */
        public static final int SUBJECT_MAX = 200;

        public NewMail {
            if (subject != null && subject.length() > SUBJECT_MAX) {
                subject = subject.substring(0, SUBJECT_MAX - 1) + "…";
            }
        }
    }

    /** The campaign's sequences (one if {@code enrolmentId} is given), with what their email needs. */
    List<Recipient> recipients(long campaignId, Long enrolmentId);

    /** Writes the emails, due now; answers how many were new (a taken key writes nothing). */
    int insert(List<NewMail> mails, Instant now);

    /**
     * One email and its files, due now, in the caller's transaction. Answers false when its key is
     * taken (a double click): then nothing is written, files included.
     */
    boolean insert(NewMail mail, List<Attachment> attachments, Instant now);
}
