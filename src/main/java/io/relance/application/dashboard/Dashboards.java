package io.relance.application.dashboard;

import io.relance.application.tenant.AgencyZone;
import io.relance.application.bilan.Bilan;
import io.relance.application.bilan.BilanCalculator;
import io.relance.application.bilan.BilanLine;
import io.relance.application.clientaccess.ClientPage;
import io.relance.application.clientaccess.ClientPageBuilder;
import io.relance.application.common.AppClock;
import io.relance.application.evidence.EvidenceCalculator;
import io.relance.application.evidence.FollowUpEvidence;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.staff.Role;
import io.relance.application.campaigns.CampaignRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The numbers behind the charts: a campaign's (its funnel and days, per caller, per periodicity,
 * pick-up rate per sequence day × slot) and the agency's (per month, per caller, the contacts most
 * solicited against the pressure policy). Grouped in the database, never read row by row.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class Dashboards {

    @Inject
    AgencyZone agencyZone;


    /** Attempts and pick-ups of one cell of the heat map: sequence day × slot. */
    public record Cell(int day, int slot, long attempts, long pickUps) implements Serializable {
        public long rate() {
            return attempts == 0 ? 0 : Math.round(100.0 * pickUps / attempts);
        }
    }

    public record Month(String month, long attempts, long pickUps, long answers) implements Serializable {
    }

    public record Caller(String name, long attempts, long pickUps) implements Serializable {
    }

    /** A contact called {@code attempts} times in the last 7 days, in {@code campaigns} campaigns. */
    public record Solicited(long contactId, String name, String outlet, long attempts, long campaigns) implements Serializable {
    }

    public record OfCampaign(ClientPage page, List<BilanLine> perCaller, List<Cell> heat) implements Serializable {

        public long maxDay() {
            return heat.stream().mapToLong(Cell::day).max().orElse(0);
        }

        public long maxSlot() {
            return heat.stream().mapToLong(Cell::slot).max().orElse(0);
        }

        /** The cell of a day and a slot (empty when nobody was called then). */
        public Cell cell(long day, long slot) {
            return heat.stream().filter(c -> c.day() == day && c.slot() == slot).findFirst().orElse(new Cell((int) day, (int) slot, 0, 0));
        }
    }

    /** @param evidence called against "envoi seul" contacts over every launched campaign, and the attempts saved */
    public record OfAgency(List<Month> months, List<Caller> callers, List<Solicited> solicited, int weeklyCap,
                           FollowUpEvidence evidence) implements Serializable {
    }

    @Inject
    CampaignRepository campaigns;

    @Inject
    DashboardRepository numbers;

    @Inject
    BilanCalculator bilans;

    @Inject
    ClientPageBuilder pages;

    @Inject
    AppClock clock;

    @Inject
    EvidenceCalculator evidence;

    public OfCampaign campaign(long campaignId) {
        Campaign c = campaigns.require(campaignId);
        Bilan b = bilans.of(c); // once: the client page's funnel and the per-caller table are both its
        return new OfCampaign(pages.of(c, b), b.perCaller(), numbers.heat(campaignId));
    }

    /**
     * The last twelve months, the callers of the last 30 days, the contacts of the last 7 (the policy's window),
     * and the evidence on follow-ups over every launched campaign (the more history, the more it can say).
     */
    @RolesAllowed(Role.DIRECTEUR_NAME)
    public OfAgency agency() {
        Instant now = clock.now();
        Instant yearAgo = ZonedDateTime.ofInstant(now, agencyZone.get()).minusMonths(11).withDayOfMonth(1).toLocalDate().atStartOfDay(agencyZone.get()).toInstant();
        return new OfAgency(numbers.months(yearAgo), numbers.callers(now.minus(Duration.ofDays(30))),
                numbers.solicited(now.minus(Duration.ofDays(7)), 20), campaigns.policy().pressure().maxAttemptsPer7Days(),
                evidence.ofAgency());
    }
}
