package io.relance.application.mail;

import io.relance.application.outbox.OutboxRows;
import io.relance.domain.contact.Contact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The email outbox as the application needs it. States: PENDING → SENDING (committed before the
 * SMTP conversation) → SENT or FAILED, or OUTBOX where the server has no SMTP; a SENDING email is
 * never claimed again, so a crash between the send and its commit cannot send it twice.
 */
public interface MailStore extends OutboxRows {

    /** Whose an unsubscribe token is: the one lookup that starts without a tenant. */
    record TokenOwner(String tenant, long contactId) {
    }

    /** An email of a campaign to one person as the caller's card shows it. */
    record Line(String kind, String status, Instant at) {
    }

    /** Due emails of the current agency, claimed: SENDING from now on, in this transaction. */
    List<Outgoing> claimDue(Instant now, int max);

    /** One email's files, in the order they were written (read just before it leaves). */
    List<Attachment> files(long mailId);

    /** The agencies with due emails (the one question across agencies of a round). */
    List<String> tenantsWithDueMail(Instant now);

    /** No SMTP on this server: every due email stays on the outbox page; answers how many. */
    int keepInOutbox(Instant now);

    /** The agency and contact of an unsubscribe token; nothing else leaves this lookup. */
    Optional<TokenOwner> tokenOwner(String token);

    void sent(long id, Instant now);

    /** A page of the agency's outbox, newest first. */
    List<MailRow> page(int first, int size);

    long count();

    /** The emails of a campaign to one person, newest first (the caller's card). */
    List<Line> ofContact(long contactId, long campaignId, int max);

    /** The person an email goes to, in the current agency. */
    Optional<Contact> contact(long contactId);
}
