package io.relance.application.mail;

import io.relance.application.common.RandomTokens;
import io.relance.application.common.Refused;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.mail.ReleaseEmail;
import io.relance.domain.mail.ReleaseSend;
import io.relance.application.mail.MailOutboxWriter.NewMail;
import io.relance.application.mail.MailOutboxWriter.Recipient;
import io.relance.application.campaigns.CampaignLaunched;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the campaign's release emails into the outbox, inside the caller's transaction: all of
 * them at launch (when the campaign sends its release by email), each due on the send date at the
 * send time of its recipient's zone, or one again when a journalist says "renvoyez-le-moi". To
 * every target with an address who has not opted out, called or "envoi seul" (do-not-call stops
 * calls, not the release); each with its own unsubscribe token.
 */
@ApplicationScoped
public class ReleaseMails {

    public static final String RELEASE = "RELEASE";
    public static final String RESEND = "RESEND";

    @Inject
    MailOutboxWriter writer;

    /** A launch writes its release emails when the campaign sends its release by email (same transaction). */
    void onLaunch(@Observes CampaignLaunched launched) {
        if (launched.emailAtLaunch()) {
            atLaunch(launched.campaignId(), launched.at());
        }
    }

    /**
     * At launch, one email per reachable target of the campaign, due at its send moment in the
     * recipient's zone ({@link ReleaseSend#dueAt}); answers how many were written.
     */
    public int atLaunch(long campaignId, Instant now) {
        List<MailOutboxWriter.Due> mails = new ArrayList<>();
        for (Recipient r : writer.recipients(campaignId, null)) {
            if (sendable(r)) {
                // one per campaign and person (a person "envoi seul" has no sequence): a replayed launch writes nothing twice
                mails.add(new MailOutboxWriter.Due(mail(r, RELEASE, releaseKey(campaignId, r.contactId()), r.callerFirstName(),
                        r.chefEmail(), null), ReleaseSend.dueAt(r.sendDate(), r.sendTime(), zone(r), now)));
            }
        }
        return mails.isEmpty() ? 0 : writer.insertDue(mails, now);
    }

    /** The idempotency key of a campaign's release to one person. */
    static String releaseKey(long campaignId, long contactId) {
        return RELEASE + ":" + campaignId + ":" + contactId;
    }

    /** The recipient's own zone, else the agency's (its country's). */
    static ZoneId zone(Recipient r) {
        return r.timeZone() == null || r.timeZone().isBlank() ? PhoneNumbers.zoneOfRegion(r.agencyCountry()) : ZoneId.of(r.timeZone());
    }

    /**
     * The release again, for one sequence, asked by {@code requester} (their first name signs it and
     * replies go to them). Answers false when the same call asked it in this minute already.
     */
    public boolean resend(long campaignId, long enrolmentId, long taskId, String requesterEmail, String requesterFirstName,
                          Instant now) {
        Recipient r = writer.recipients(campaignId, enrolmentId).stream().findFirst()
                .orElseThrow(() -> new Refused("mail", "mail.resend.impossible"));
        if (!sendable(r)) {
            throw new Refused("mail", "mail.resend.impossible");
        }
        String key = RESEND + ":" + taskId + ":" + now.getEpochSecond() / 60; // a double click is one email
        return writer.insert(List.of(mail(r, RESEND, key, requesterFirstName, requesterEmail, requesterEmail)), now) == 1;
    }

    /** Whether the card's "email it again" can work: an address, not opted out, a written release. */
    public boolean canResend(long campaignId, long enrolmentId) {
        return writer.recipients(campaignId, enrolmentId).stream().anyMatch(ReleaseMails::sendable);
    }

    private static boolean sendable(Recipient r) {
        return r.email() != null && !r.email().isBlank() && r.reachable()
                && new ReleaseEmail(r.emailSubject(), r.emailBody(), false).isWritten();
    }

    private static NewMail mail(Recipient r, String kind, String key, String signer, String replyTo, String requestedBy) {
        ReleaseEmail email = new ReleaseEmail(r.emailSubject(), r.emailBody(), false);
        Map<String, String> values = values(r.firstName(), r.lastName(), r.campaignSubject(), signer, r.agencyName());
        return new NewMail(r.campaignId(), r.contactId(), r.enrolmentId(), kind, key, r.email(), replyTo,
                email.subjectFor(values), email.bodyFor(values), RandomTokens.next(), requestedBy, null);
    }

    static Map<String, String> values(String first, String last, String subject, String caller, String agency) {
        return Map.of("prenom", nz(first), "nom", nz(last), "sujet", nz(subject), "appelant", nz(caller), "agence", nz(agency),
                "delai", "", "horizon", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
