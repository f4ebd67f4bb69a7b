package io.relance.application.sequence;

import io.relance.domain.campaign.Attempt;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.contact.Contact;

/**
 * Enrolments, their attempts and the people they call, as entities of the tenant's session (the
 * application's port): what the sequence changes one row at a time, the set-based statements
 * being in {@link TaskStore}, {@link StepStore} and {@link WithdrawalStore}.
 */
public interface EnrolmentStore {

    /** A new enrolment (its id comes at the next {@link #flush()}). */
    void add(Enrolment enrolment);

    /** Writes what the session holds, so that set-based statements read it and new rows have ids. */
    void flush();

    /** An enrolment of the tenant, locked for the rest of the transaction (null: none). */
    Enrolment lock(long enrolmentId);

    /** A logged call attempt. */
    void record(Attempt attempt);

    /** The outcome already logged on a call task (empty: none): one outcome per task, a replay finds it. */
    java.util.Optional<io.relance.domain.sequence.Outcome> loggedOn(long taskId);

    /** The person an enrolment calls, as the tenant's session sees it (null: none); changes are saved at commit. */
    Contact person(long contactId);
}
