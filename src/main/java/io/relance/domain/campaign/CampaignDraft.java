package io.relance.domain.campaign;

import io.relance.domain.contact.Problem;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a chef de projet types to create or change a campaign, with its rules: a subject, a send
 * date; an event invitation has its event date, and registrations close before it; follow-ups
 * never start before the send. {@code templateId} null: the preset PRM 3×3.
 */
public record CampaignDraft(Long clientId, CampaignKind kind, String subject, String keyMessage, String callScript,
                            LocalDate sendDate, LocalDate eventDate, LocalDate registrationDeadline,
                            LocalDate followupStart, Long templateId) implements Serializable {

    public static CampaignDraft of(Campaign c) {
        return new CampaignDraft(c.getClient().getId(), c.getKind(), c.getSubject(), c.getKeyMessage(), c.getCallScript(),
                c.getSendDate(), c.getEventDate(), c.getRegistrationDeadline(), c.getFollowupStart(), c.getTemplateId());
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (clientId == null) {
            problems.add(new Problem("client", "campaign.client.required", ""));
        }
        if (kind == null) {
            problems.add(new Problem("kind", "campaign.kind.required", ""));
        }
        if (subject == null || subject.isBlank()) {
            problems.add(new Problem("subject", "campaign.subject.required", ""));
        } else if (subject.strip().length() > 200) {
            problems.add(new Problem("subject", "campaign.subject.long", subject));
        }
        if (keyMessage != null && keyMessage.length() > 2000) {
            problems.add(new Problem("keyMessage", "campaign.keyMessage.long", ""));
        }
        if (callScript != null && callScript.length() > 4000) {
            problems.add(new Problem("callScript", "campaign.callScript.long", ""));
        }
        if (sendDate == null) {
            problems.add(new Problem("sendDate", "campaign.sendDate.required", ""));
        }
        if (kind == CampaignKind.EVENT_INVITATION && eventDate == null) {
            problems.add(new Problem("eventDate", "campaign.eventDate.required", ""));
        }
        if (eventDate != null && sendDate != null && eventDate.isBefore(sendDate)) {
            problems.add(new Problem("eventDate", "campaign.eventDate.beforeSend", eventDate.toString()));
        }
        if (registrationDeadline != null && eventDate != null && registrationDeadline.isAfter(eventDate)) {
            problems.add(new Problem("registrationDeadline", "campaign.deadline.afterEvent", registrationDeadline.toString()));
        }
        if (followupStart != null && sendDate != null && followupStart.isBefore(sendDate)) {
            problems.add(new Problem("followupStart", "campaign.followupStart.beforeSend", followupStart.toString()));
        }
        return problems;
    }
}
