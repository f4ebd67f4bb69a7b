package io.relance.application.journee;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reads of "Ma journée" (the application's port; SQL in infrastructure): a caller's calls of a
 * day, one call, and what its card shows. Everything is the tenant's.
 */
public interface QueueRepository {

    /**
     * The first {@code max} calls of a caller opening in [from, to) and still to make; privileged
     * contacts only if allowed; never a person who said no (checked again at the moment of use).
     */
    List<QueueItem> calls(long callerId, Instant from, Instant to, boolean privileged, int max);

    /** How many calls of a caller opening in [from, to) are done. */
    long done(long callerId, Instant from, Instant to);

    /** One call, whoever's it is (the caller checks the reach). */
    Optional<QueueItem> task(long taskId);

    /** The callers' texts of a campaign and the contact's public notes: key message, script, notes. */
    String[] texts(long campaignId, long contactId);

    /** The number a caller found wrong, if the contact still has it (null: none). */
    Card.WrongNumber wrongNumber(long contactId);

    /** The person's last attempts across the agency's campaigns, newest first. */
    List<Card.PastAttempt> history(long contactId, int max);

    /** Where the anchor SMS of an enrolment stands, if it has one (null: none). */
    Card.Sms sms(long enrolmentId);

    /** The person's last SMS replies, newest first. */
    List<Card.Reply> replies(long contactId, int max);
}
