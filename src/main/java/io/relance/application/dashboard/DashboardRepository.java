package io.relance.application.dashboard;

import io.relance.application.dashboard.Dashboards.Caller;
import io.relance.application.dashboard.Dashboards.Cell;
import io.relance.application.dashboard.Dashboards.Month;
import io.relance.application.dashboard.Dashboards.Solicited;

import java.time.Instant;
import java.util.List;

/**
 * Grouped readings of attempts for the dashboards, counted in the database. Months are UTC months:
 * a call at 00:30 on the 1st in Paris counts in the previous month.
 */
public interface DashboardRepository {

    /** Attempts and pick-ups of a campaign per sequence day × slot. */
    List<Cell> heat(long campaignId);

    /** The agency's attempts, pick-ups and answers per month since {@code from}. */
    List<Month> months(Instant from);

    /** The agency's callers since {@code from}, the busiest first. */
    List<Caller> callers(Instant from);

    /** The {@code max} contacts called most often since {@code from}. */
    List<Solicited> solicited(Instant from, int max);
}
