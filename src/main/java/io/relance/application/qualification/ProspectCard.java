package io.relance.application.qualification;

import io.relance.application.sales.SentDocument;
import io.relance.application.sales.TemplateChoice;

import java.io.Serializable;
import java.util.List;

/**
 * The qualification side of a call's card: whether the campaign qualifies its prospects ("offre
 * commerciale"), the agency's common objectives, the saved card if any, the meetings booked, and
 * whether the signed-in caller may book one now ({@code meetingRefusal}: the message key saying why
 * not, null when they may), the quote and proposals that can be sent in one click ({@code canSend}:
 * the prospect has a usable address) and those sent already.
 */
public record ProspectCard(long taskId, long enrolmentId, long campaignId, String contact, boolean commercial,
                           List<String> choices, QualificationRow saved, List<MeetingRow> meetings,
                           String meetingRefusal, boolean directeur, List<TemplateChoice> documents,
                           List<SentDocument> sent, boolean canSend) implements Serializable {

    public boolean qualified() {
        return saved != null;
    }
}
