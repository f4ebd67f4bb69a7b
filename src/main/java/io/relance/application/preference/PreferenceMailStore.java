package io.relance.application.preference;

import java.time.Instant;
import java.util.List;

/**
 * The platform's own outbox: the preferences page's links and the sign-up's answers belong to no
 * agency nor campaign, so they cannot sit in an agency's mail_outbox; they leave through the same
 * SMTP gateway. The address, the link and the agency id are blanked as soon as the email has left
 * (or been given up). The sign-up queues its answers through its own port,
 * {@code io.relance.application.signup.SignupNotices}, which the same store implements.
 */
public interface PreferenceMailStore {

    /** An email claimed for sending: {@code kind} PREFERENCE_LINK or a sign-up notice's name. */
    record Due(long id, String toEmail, String token, String language, int tries, String kind, String arg) {
    }

    void queue(String toEmail, String token, String language, Instant now);

    /**
     * Claims due emails (another node skips them) and marks them as leaving under {@code lease}, in the
     * caller's transaction.
     */
    List<Due> claim(Instant now, int max, Instant lease);

    /** The claimed email is being handed over (its lease dropped); false if that lease lapsed. */
    boolean handing(long id, Instant lease);

    /** Claimed emails whose lease lapsed before they were handed over wait again; answers how many. */
    int releaseLapsed(Instant now);

    void sent(long id, Instant now);

    /** Tried again at {@code next}; null: given up (the link would have expired anyway). */
    void failed(long id, String error, Instant next);
}
