package io.relance.application.bilan;

import io.relance.domain.qualification.MeetingStatus;
import io.relance.domain.sales.SalesKind;

import java.util.List;
import java.util.Map;

/**
 * The counted facts of a commercial offer's sales bilan, grouped in the database (three small
 * queries whatever the number of prospects): qualified prospects, sales emails, meetings.
 */
public interface SalesBilanRepository {

    /**
     * Prospects grouped by kept priority, override, outcome and whether a meeting that was not
     * cancelled exists for their sequence.
     */
    List<SalesBilan.Prospects> prospects(long campaignId);

    /** The campaign's quotes and proposals that were sent or are on their way (a failed one was not sent), by kind. */
    Map<SalesKind, Long> salesEmails(long campaignId);

    Map<MeetingStatus, Long> meetings(long campaignId);

    /**
     * The length of a meeting in the agency's qualification settings (the directeur's setting, or the
     * default without one). Asked here rather than of the qualification feature, which depends on
     * the bilan's PDF canvas through its sales documents: the bilan must not depend back on it.
     */
    int meetingMinutes();
}
