package io.relance.application.clientaccess;

import io.relance.application.bilan.BilanLine;
import io.relance.application.coverage.CoverageRow;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.campaign.CampaignStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as its client reads it: the process and its results, in numbers per day, per outlet
 * and per periodicity, and the coverage. Nothing here names a contact's phone, email or notes, nor
 * the agency's callers or scripts: only what the client may keep.
 */
public record ClientPage(long campaignId, String agency, String client, String subject, CampaignKind kind, CampaignStatus status,
                         LocalDate sendDate, LocalDate eventDate, boolean isFinal, Instant at, Funnel funnel, List<BilanLine> perDay,
                         List<BilanLine> perOutlet, List<BilanLine> perPeriodicity, List<CoverageRow> coverage,
                         Halted halted) implements Serializable {

    /**
     * The campaign was paused or stopped by the agency: since when, and how many follow-ups it
     * stopped ("arrêtées"). The reason and who decided stay the agency's.
     */
    public record Halted(Instant pausedAt, Instant stoppedAt, long stopped) implements Serializable {
    }

    /** The process, step by step: who was followed up, what it took, what came of it. */
    public record Funnel(long targeted, long attempts, long pickUps, long answers, long yes, long no, long later, long decided,
                         long coverage) implements Serializable {

        /** A step's share of the first one, in percent, for the bars. */
        public long percent(long n) {
            long top = Math.max(Math.max(targeted, attempts), 1);
            return Math.round(100.0 * n / top);
        }
    }

    /** The largest number of attempts in a day (the progress bars' scale). */
    public long busiestDay() {
        return Math.max(1, perDay.stream().mapToLong(BilanLine::getAttempts).max().orElse(1));
    }
}
