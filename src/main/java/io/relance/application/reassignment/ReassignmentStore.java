package io.relance.application.reassignment;

import io.relance.domain.campaign.Enrolment;
import io.relance.domain.contact.Contact;
import io.relance.domain.staff.Member;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The storage a reassignment needs: the callers it balances over, the calls it moves (a member's
 * running sequences and calls still to make, a caller's calls over a period) and the facts of a
 * contact it judges by. Only calls still to make (PLANNED, OPEN) ever move; done, missed and
 * cancelled ones keep who made or missed them. Everything is the current tenant's. Declared here
 * because reassignment sits below campaigns and sequence, which call it: the callers' query is its.
 */
public interface ReassignmentStore {

    /**
     * Staff who may call: the campaign's members ({@code campaignId} given) or every enabled staff
     * member, each with their open enrolments across campaigns (the load that assignment balances).
     */
    List<Member> callers(Long campaignId);

    /** A new caller for an enrolment and for every call still to make in it. */
    void reassign(long enrolmentId, long callerId);

    /** Running enrolments this member calls, or of which some calls were lent to them. */
    List<Long> openEnrolmentsHeldBy(long staffId);

    /** A caller's calls still to make that open in [from, to), the oldest first, with whom and for what. */
    List<CallLine> callsOf(long callerId, Instant from, Instant to);

    /** Gives the named calls still to make of one enrolment from one caller to another. */
    int moveTasks(long enrolmentId, List<Long> taskIds, long from, long to);

    /** Gives every call still to make of one enrolment held by {@code from} to {@code to}. */
    int moveAllTasks(long enrolmentId, long from, long to);

    /** How many calls still to make of the enrolment this caller holds. */
    long tasksHeld(long enrolmentId, long callerId);

    /** The tenant's enrolment, locked for the rest of the transaction; empty for another agency's id. */
    Optional<Enrolment> lockEnrolment(long id);

    /**
     * The tenant's contact, an erased one included (the rule still knows whose it was); empty for
     * another agency's id.
     */
    Optional<Contact> contact(long id);

    /** Writes the transaction's pending changes now, so that the statements after it read them. */
    void flush();
}
