package io.relance.domain.campaign;

import io.relance.domain.contact.Problem;
import io.relance.domain.sequence.EnrolmentStatus;

import java.util.List;

/**
 * What a chef de projet or the directeur may do to a launched campaign or to one person's sequence
 * (an embargo moved, a client hesitates, an event cancelled, a wrong list): pause, resume or stop,
 * always with a reason. Answers why an action is refused in a given state (a message key), so that
 * the page, the API and the service refuse the same things with the same words.
 */
public enum Halt {
    PAUSE, RESUME, STOP;

    /** A reason is kept with the decision: at most this long (its column's size). */
    public static final int REASON_MAX = 160;

    /** The reason's problems: required, at most {@value #REASON_MAX} characters. */
    public static List<Problem> reasonProblems(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(new Problem("reason", "halt.reason.required", ""));
        }
        if (reason.strip().length() > REASON_MAX) {
            return List.of(new Problem("reason", "halt.reason.tooLong", String.valueOf(reason.strip().length())));
        }
        return List.of();
    }

    /** Why this action cannot apply to a campaign in {@code status}; null when it can. */
    public String refusal(CampaignStatus status) {
        return switch (this) {
            case PAUSE -> status == CampaignStatus.RUNNING ? null
                    : status == CampaignStatus.PAUSED ? "halt.campaign.alreadyPaused" : notRunning(status);
            case RESUME -> status == CampaignStatus.PAUSED ? null
                    : status == CampaignStatus.RUNNING ? "halt.campaign.notPaused" : notRunning(status);
            case STOP -> status == CampaignStatus.RUNNING || status == CampaignStatus.PAUSED ? null : notRunning(status);
        };
    }

    /**
     * Why this action cannot apply to one sequence in {@code status} of a campaign in {@code campaign};
     * null when it can. A paused campaign's sequences are resumed with the campaign, not one by one.
     */
    public String refusal(CampaignStatus campaign, EnrolmentStatus status) {
        if (this != STOP && campaign == CampaignStatus.PAUSED) {
            return "halt.enrolment.campaignPaused";
        }
        if (campaign != CampaignStatus.RUNNING && campaign != CampaignStatus.PAUSED) {
            return notRunning(campaign);
        }
        return switch (this) {
            case PAUSE -> status.isOpen() ? null : status == EnrolmentStatus.PAUSED ? "halt.enrolment.alreadyPaused" : "halt.enrolment.closed";
            case RESUME -> status == EnrolmentStatus.PAUSED ? null : status.isOpen() ? "halt.enrolment.notPaused" : "halt.enrolment.closed";
            case STOP -> status.isClosed() ? "halt.enrolment.closed" : null;
        };
    }

    private static String notRunning(CampaignStatus status) {
        return status == CampaignStatus.DRAFT ? "halt.campaign.draft" : "halt.campaign.over";
    }
}
