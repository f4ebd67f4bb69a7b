package io.relance.application.bilan;

import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.common.AppClock;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.Outcome;
import io.relance.domain.staff.Role;
import io.relance.infrastructure.persistence.BilanRepository;
import io.relance.infrastructure.persistence.BilanRepository.Fact;
import io.relance.infrastructure.persistence.CampaignRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes a campaign's bilan from three grouped queries (attempts, missed slots, enrolments), so
 * its cost does not grow with the number of contacts read one by one. Chefs and directeurs read it.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class BilanService {

    @Inject
    BilanRepository facts;

    @Inject
    CampaignRepository campaigns;

    @Inject
    AppClock clock;

    public Bilan of(long campaignId) {
        Campaign c = campaigns.require(campaignId);
        List<Fact> all = facts.of(campaignId);
        BilanLine total = new BilanLine("total");
        all.forEach(f -> add(total, f));
        Map<Long, String> names = new TreeMap<>();
        campaigns.callers(null).forEach(m -> names.put(m.staffId(), m.name()));
        List<BilanLine> perCaller = split(all, f -> f.callerId() == null ? "—" : names.getOrDefault(f.callerId(), "#" + f.callerId()));
        List<BilanLine> perSlot = split(all.stream().filter(f -> f.slot() != null).toList(), f -> String.valueOf(f.slot()));
        List<BilanLine> perPeriodicity = split(all, f -> f.periodicity() == null ? "" : f.periodicity());
        boolean isFinal = c.getStatus() != CampaignStatus.DRAFT && total.getEnrolled() > 0 && total.getOpen() == 0;
        if (isFinal && c.getStatus() == CampaignStatus.RUNNING) {
            c.end(); // the last sequence has closed: the campaign is done and its bilan final
        }
        return new Bilan(campaignId, c.getSubject(), c.getClient().getName(), isFinal, clock.now(), total, perCaller,
                perSlot, perPeriodicity);
    }

    /** Per contact: the enrolments with their attempts, pick-ups and answer. */
    public List<EnrolmentRow> contacts(long campaignId, int first, int size) {
        campaigns.require(campaignId);
        return campaigns.enrolments(campaignId, null, first, size);
    }

    private static List<BilanLine> split(List<Fact> all, Function<Fact, String> key) {
        Map<String, BilanLine> lines = new TreeMap<>();
        for (Fact f : all) {
            add(lines.computeIfAbsent(key.apply(f), BilanLine::new), f);
        }
        return new ArrayList<>(lines.values());
    }

    private static void add(BilanLine line, Fact f) {
        switch (f.kind()) {
            case ATTEMPT -> line.addAttempts(Outcome.valueOf(f.value()), f.n());
            case MISSED -> line.addMissed(f.n());
            case ENROLMENT -> line.addEnrolments(EnrolmentStatus.valueOf(f.value()), f.n());
        }
    }
}
