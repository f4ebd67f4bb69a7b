package io.relance.application.bilan;

import io.relance.application.common.AppClock;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.Outcome;
import io.relance.application.campaigns.CampaignRepository;
import io.relance.application.bilan.BilanRepository.Fact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A campaign's bilan from three grouped queries (attempts, missed slots, enrolments), so that its
 * cost does not grow with the contacts read one by one. No role of its own: the services that
 * call it (the agency's bilan, the client's page) decide who may read which campaign.
 */
@ApplicationScoped
public class BilanCalculator {

    @Inject
    BilanRepository facts;

    @Inject
    CampaignRepository campaigns;

    @Inject
    AppClock clock;

    public Bilan of(Campaign c) {
        List<Fact> all = facts.of(c.getId());
        BilanLine total = new BilanLine("total");
        all.forEach(f -> add(total, f));
        long[] outlets = facts.outlets(c.getId());
        total.outlets(outlets[0], outlets[1]);
        Map<Long, String> names = new TreeMap<>();
        campaigns.callers(null).forEach(m -> names.put(m.staffId(), m.name()));
        List<BilanLine> perCaller = split(all, f -> f.callerId() == null ? "—" : names.getOrDefault(f.callerId(), "#" + f.callerId()));
        List<BilanLine> perSlot = split(all.stream().filter(f -> f.slot() != null).toList(), f -> String.valueOf(f.slot()));
        List<BilanLine> perPeriodicity = split(all, f -> f.periodicity() == null ? "" : f.periodicity());
        boolean isFinal = c.getStatus() != CampaignStatus.DRAFT && total.getEnrolled() > 0 && total.getOpen() == 0;
        Bilan bilan = new Bilan(c.getId(), c.getSubject(), c.getClient().getName(), isFinal, clock.now(), total, perCaller,
                perSlot, perPeriodicity);
        return c.getStatus() == CampaignStatus.STOPPED
                ? bilan.withStop(new Bilan.Stop(c.stopped().at(), c.stopped().by(), c.stopped().reason())) : bilan;
    }

    /** The same numbers per outlet (name; "" for contacts without one). */
    public List<BilanLine> perOutlet(long campaignId) {
        Map<String, BilanLine> lines = new TreeMap<>();
        for (BilanRepository.Keyed f : facts.byOutlet(campaignId)) {
            add(lines.computeIfAbsent(f.key(), BilanLine::new), f.kind(), f.value(), f.n());
        }
        return new ArrayList<>(lines.values());
    }

    /** Attempts and answers per day in the given zone (key: the ISO date), in date order. */
    public List<BilanLine> perDay(long campaignId, ZoneId zone) {
        Map<String, BilanLine> lines = new TreeMap<>();
        for (BilanRepository.Keyed f : facts.byHour(campaignId)) {
            String day = Instant.parse(f.key()).atZone(zone).toLocalDate().toString();
            add(lines.computeIfAbsent(day, BilanLine::new), f.kind(), f.value(), f.n());
        }
        return new ArrayList<>(lines.values());
    }

    private static List<BilanLine> split(List<Fact> all, Function<Fact, String> key) {
        Map<String, BilanLine> lines = new TreeMap<>();
        for (Fact f : all) {
            add(lines.computeIfAbsent(key.apply(f), BilanLine::new), f);
        }
        return new ArrayList<>(lines.values());
    }

    private static void add(BilanLine line, Fact f) {
        add(line, f.kind(), f.value(), f.n());
    }

    private static void add(BilanLine line, BilanRepository.Kind kind, String value, long n) {
        switch (kind) {
            case ATTEMPT -> line.addAttempts(Outcome.valueOf(value), n);
            case MISSED -> line.addMissed(n);
            case ENROLMENT -> line.addEnrolments(EnrolmentStatus.valueOf(value), n);
        }
    }
}
