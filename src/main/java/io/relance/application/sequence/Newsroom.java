package io.relance.application.sequence;

import io.relance.application.common.AppClock;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.contact.Withdrawn;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.NewsroomRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A newsroom answers once: when a journalist says yes, registers or decides in a campaign, the
 * colleagues followed up in the same campaign at the same outlet are not called again for it
 * (the agency's rule, CLOSE by default). Their sequences close as "couvert par un collègue", which
 * is neither a refusal nor a non-answer: no cooldown. A "no" changes nothing for the others. Press
 * campaigns only (releases, invitations).
 */
@ApplicationScoped
public class Newsroom {

    @Inject
    NewsroomRepository newsrooms;

    @Inject
    WithdrawalStore sequences;

    @Inject
    AppClock clock;

    /** What the colleagues of a contact (same outlet or company) answered in a campaign, newest first. */
    public List<NewsroomNote> said(long campaignId, long contactId, int max) {
        return newsrooms.said(campaignId, contactId, max);
    }

    /**
     * Newsrooms are a press matter: in a commercial offer, the people of one company are separate
     * prospects (each qualified on their own), so one's yes closes nothing for the others.
     */
    public boolean isPress(long campaignId) {
        return newsrooms.isPress(campaignId);
    }

    /** In the transaction that closed {@code enrolment} with {@code status}; {@code who}: the person who answered. */
    public Withdrawn answered(Enrolment enrolment, EnrolmentStatus status, String who, String caller) {
        String answer = switch (status) {
            case CLOSED_YES -> "oui";
            case CLOSED_REGISTERED -> "inscrit";
            case CLOSED_DECISION -> "décision";
            default -> null;
        };
        if (answer == null || !isPress(enrolment.getCampaignId()) || newsrooms.rule() != NewsroomRule.CLOSE) {
            return Withdrawn.NONE;
        }
        return sequences.close(newsrooms.colleagues(enrolment.getId()), EnrolmentStatus.CLOSED_COVERED.name(), clock.now(), caller,
                "Couvert par un collègue : " + who + " a répondu " + answer);
    }
}
