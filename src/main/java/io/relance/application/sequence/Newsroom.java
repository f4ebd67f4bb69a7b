package io.relance.application.sequence;

import io.relance.application.common.AppClock;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.NewsroomRule;
import io.relance.infrastructure.persistence.CampaignRepository;
import io.relance.infrastructure.persistence.NewsroomRepository;
import io.relance.infrastructure.persistence.WithdrawalStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A newsroom answers once: when a journalist says yes, registers or decides in a campaign, the
 * colleagues followed up in the same campaign at the same outlet are not called again for it
 * (the agency's rule, CLOSE by default). Their sequences close as "couvert par un collègue", which
 * is neither a refusal nor a non-answer: no cooldown. A "no" changes nothing for the others.
 */
@ApplicationScoped
public class Newsroom {

    @Inject
    NewsroomRepository newsrooms;

    @Inject
    WithdrawalStore sequences;

    @Inject
    CampaignRepository campaigns;

    @Inject
    AppClock clock;

    /** In the transaction that closed {@code enrolment} with {@code status}; {@code who}: the person who answered. */
    public Withdrawn answered(Enrolment enrolment, EnrolmentStatus status, String who, String caller) {
        String answer = switch (status) {
            case CLOSED_YES -> "oui";
            case CLOSED_REGISTERED -> "inscrit";
            case CLOSED_DECISION -> "décision";
            default -> null;
        };
        if (answer == null || campaigns.policy().newsroom() != NewsroomRule.CLOSE) {
            return Withdrawn.NONE;
        }
        return sequences.close(newsrooms.colleagues(enrolment.getId()), EnrolmentStatus.CLOSED_COVERED.name(), clock.now(), caller,
                "Couvert par un collègue : " + who + " a répondu " + answer);
    }
}
