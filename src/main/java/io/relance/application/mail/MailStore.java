package io.relance.application.mail;

import io.relance.application.outbox.OutboxStore;
import io.relance.domain.contact.Contact;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The email outbox as the application needs it: the shared outbox's states ({@link OutboxStore}), or
 * OUTBOX where the server has no SMTP; what is the email's own: its files, its unsubscribe tokens,
 * the outbox page and the caller's card.
 */
public interface MailStore extends OutboxStore<Outgoing> {

    /** Whose an unsubscribe token is: the one lookup that starts without a tenant. */
    record TokenOwner(String tenant, long contactId) {
    }

    /** An email of a campaign to one person as the caller's card shows it. */
    record Line(String kind, String status, Instant at) {
    }

    /** One email's files, in the order they were written (read just before it leaves). */
    List<Attachment> files(long mailId);

    /** No SMTP on this server: every due email stays on the outbox page; answers how many. */
    int keepInOutbox(Instant now);

    /** The agency and contact of an unsubscribe token; nothing else leaves this lookup. */
    Optional<TokenOwner> tokenOwner(String token);

    /** A page of the agency's outbox, newest first. */
    List<MailRow> page(int first, int size);

    long count();

    /** The emails of a campaign to one person, newest first (the caller's card). */
    List<Line> ofContact(long contactId, long campaignId, int max);

    /** The person an email goes to, in the current agency. */
    Optional<Contact> contact(long contactId);

    /** How many of the campaign's release emails have left, or are due to leave now (moving the send is too late); held or withdrawn ones have not. */
    long releasesGone(long campaignId, Instant now);

    /** The zones of the people whose release waits, pending or held (a contact's zone, "" for the agency's): one grouped query. */
    List<String> waitingReleaseZones(long campaignId);

    /**
     * The earliest call slot or anchor SMS planned for someone whose release waits, by their zone
     * ("" for the agency's): a later send would reach them after the call.
     */
    Map<String, Instant> firstContactPlanned(long campaignId);

    /** The campaign's waiting release emails get the due time of their recipient's zone: one UPDATE; answers how many. */
    int reschedule(long campaignId, Map<String, Instant> dueByZone);
}
