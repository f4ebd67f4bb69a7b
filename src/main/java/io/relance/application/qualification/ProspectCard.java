package io.relance.application.qualification;

import java.io.Serializable;
import java.util.List;

/**
 * The qualification side of a call's card: whether the campaign qualifies its prospects ("offre
 * commerciale"), the agency's common objectives, the saved card if any, the meetings booked, and
 * whether the signed-in caller may book one now ({@code meetingRefusal}: the message key saying why
 * not, null when they may).
 */
public record ProspectCard(long taskId, long enrolmentId, long campaignId, String contact, boolean commercial,
                           List<String> choices, QualificationRow saved, List<MeetingRow> meetings,
                           String meetingRefusal, boolean directeur) implements Serializable {

    public boolean qualified() {
        return saved != null;
    }
}
