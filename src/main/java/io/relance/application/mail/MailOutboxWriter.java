package io.relance.application.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Reads who a campaign's release email goes to and writes emails into the outbox, in the caller's
 * transaction (the launch, a "renvoyez-le-moi", a quote, a meeting's invitation): an idempotency
 * key already taken writes nothing. One email may carry files, written with it.
 */
public interface MailOutboxWriter {

    /**
     * A target of the campaign, its sequence (null: "envoi seul", or not followed up), its contact's
     * address, state and time zone (null: the agency's, read from {@code agencyCountry}), the texts
     * to render and when the release leaves ({@code sendDate} at {@code sendTime} in that zone).
     * {@code reachable}: neither opted out nor erased (do-not-call stops calls, not the release).
     */
    record Recipient(Long enrolmentId, long campaignId, long contactId, String email, boolean reachable,
                            String firstName, String lastName, String campaignSubject, String emailSubject,
                            String emailBody, String callerFirstName, String chefEmail, String agencyName,
                            String timeZone, LocalDate sendDate, LocalTime sendTime, String agencyCountry) {
    }

    /** An email to write and when it leaves. */
    record Due(NewMail mail, Instant at) {
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

    /** The campaign's targets (or the one sequence {@code enrolmentId}), with what their email needs. */
    List<Recipient> recipients(long campaignId, Long enrolmentId);

    /** Writes the emails, due now; answers how many were new (a taken key writes nothing). */
    default int insert(List<NewMail> mails, Instant now) {
        return insertDue(mails.stream().map(m -> new Due(m, now)).toList(), now);
    }

    /** Writes the emails, each due at its own time (written {@code now}); answers how many were new. */
    int insertDue(List<Due> mails, Instant now);

    /**
     * One email and its files, due now, in the caller's transaction. Answers false when its key is
     * taken (a double click): then nothing is written, files included.
     */
    boolean insert(NewMail mail, List<Attachment> attachments, Instant now);
}
