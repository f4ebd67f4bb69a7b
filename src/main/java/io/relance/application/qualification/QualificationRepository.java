package io.relance.application.qualification;

import io.relance.domain.qualification.PriorityRules;
import io.relance.domain.qualification.QualificationInput;
import io.relance.domain.qualification.QualificationPolicy;

import java.time.Instant;
import java.util.Optional;

/**
 * The agency's qualification settings (absent: the defaults) and its cards, one per sequence. Two
 * saves of the same card (two tabs, a double click) leave one card.
 */
public interface QualificationRepository {

    QualificationPolicy policy();

    void savePolicy(QualificationPolicy policy, Instant now);

    /** The card of a sequence, if it was saved. */
    Optional<QualificationRow> ofEnrolment(long enrolmentId);

    /** Writes the card of a sequence (first time or again), with the verdict and the priority kept. */
    void save(long campaignId, long enrolmentId, long contactId, Long callerId, QualificationInput input,
              PriorityRules.Verdict verdict, String by, Instant now);
}
