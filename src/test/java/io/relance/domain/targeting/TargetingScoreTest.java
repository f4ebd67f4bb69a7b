package io.relance.domain.targeting;

import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Tier;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetingScoreTest {

    /** A Monday. */
    static final LocalDate SEND = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    static Candidate plain(long id) {
        return new Candidate(id, null, List.of(), null, null, null, null, null, 0, null, false);
    }

    static Candidate with(long id, String beat, List<String> topics, Tier tier, Periodicity p, ClosingDay closing, String lang,
                          Candidate.History h, int calls, Instant cooldown, boolean oneCall) {
        return new Candidate(id, beat, topics, tier, p, closing, lang, h, calls, cooldown, oneCall);
    }

    private final TargetingScore score = new TargetingScore(ScoreWeights.defaults(), List.of("Santé", "Tech"), SEND, "fr", NOW);

    private static List<String> keys(Scored s) {
        return s.reasons().stream().map(Reason::key).toList();
    }

    @Test
    void aMatchingTierAJournalistWhoGaveCoverageScoresHighWithItsReasons() {
        Scored s = score.score(with(1, "Santé publique", List.of("tech"), Tier.A, Periodicity.QUOTIDIEN, null, "fr",
                new Candidate.History(2, 2, 1, 1), 0, null, false));
        assertTrue(s.score() >= 85, "score " + s.score());
        assertTrue(keys(s).containsAll(List.of("score.topics.match", "score.tier", "score.history.coverage", "score.timing.daily")));
        Reason topics = s.reasons().stream().filter(r -> r.key().equals("score.topics.match")).findFirst().orElseThrow();
        assertEquals(List.of("Santé, Tech"), topics.params(), "the campaign's topics found in the beat (accents folded) and the topics");
    }

    @Test
    void reasonsAddUpToTheScoreFromTheMiddle() {
        Scored s = score.score(with(2, null, List.of("Sport"), Tier.C, Periodicity.HEBDOMADAIRE, new ClosingDay(DayOfWeek.MONDAY, null),
                "en", new Candidate.History(3, 0, 0, 0), 4, null, true));
        int sum = 50 + s.reasons().stream().mapToInt(Reason::points).sum();
        assertTrue(Math.abs(sum - s.score()) <= s.reasons().size(), s.score() + " vs " + sum);
        assertTrue(s.score() <= 15, "every factor against: " + s.score());
        assertTrue(keys(s).containsAll(List.of("score.topics.none", "score.timing.closingToday", "score.history.noAnswer",
                "score.pressure.calls", "score.preference.oneCall", "score.language.other")), keys(s).toString());
        assertTrue(s.reasons().get(0).points() < 0, "strongest first, and it hurts");
    }

    @Test
    void nothingKnownIsTheMiddle() {
        TargetingScore noTopics = new TargetingScore(ScoreWeights.defaults(), List.of(), SEND, "fr", NOW);
        Scored s = noTopics.score(new Candidate(3, null, List.of(), null, null, null, null, null, 1, null, false));
        assertEquals(List.of("score.pressure.calls"), keys(s));
        assertTrue(Math.abs(s.score() - 50) <= 2, "" + s.score());
    }

    @Test
    void aWeeklyClosingTheDayAfterTheSendIsLowAndOneClosingLaterIsHigh() {
        Scored tomorrow = score.score(with(4, null, List.of(), null, Periodicity.HEBDOMADAIRE, new ClosingDay(DayOfWeek.TUESDAY, null),
                null, null, 0, null, false));
        Scored friday = score.score(with(5, null, List.of(), null, Periodicity.HEBDOMADAIRE, new ClosingDay(DayOfWeek.FRIDAY, null),
                null, null, 0, null, false));
        assertEquals("score.timing.closingTomorrow", tomorrow.reasons().stream().filter(r -> r.key().startsWith("score.timing"))
                .findFirst().orElseThrow().key());
        assertTrue(friday.score() > tomorrow.score() + 10, friday.score() + " vs " + tomorrow.score());
        assertEquals(List.of("4"), friday.reasons().stream().filter(r -> r.key().equals("score.timing.closingIn")).findFirst()
                .orElseThrow().params());
    }

    @Test
    void aMonthlyJustPastItsClosingIsLow() {
        Scored past = score.score(with(6, null, List.of(), null, Periodicity.MENSUEL, new ClosingDay(null, 3), null, null, 0, null, false));
        Scored ahead = score.score(with(7, null, List.of(), null, Periodicity.MENSUEL, new ClosingDay(null, 25), null, null, 0, null, false));
        assertTrue(keys(past).contains("score.timing.justClosed"));
        assertEquals(List.of("4"), past.reasons().stream().filter(r -> r.key().equals("score.timing.justClosed")).findFirst()
                .orElseThrow().params());
        assertTrue(ahead.score() > past.score());
    }

    @Test
    void aCooldownJustEndedWeighsLikePressure() {
        Scored s = score.score(with(8, null, List.of(), null, null, null, null, null, 0, NOW.minusSeconds(3 * 86400), false));
        assertTrue(keys(s).contains("score.pressure.cooldownEnded"));
        Scored longAgo = score.score(with(9, null, List.of(), null, null, null, null, null, 0, NOW.minusSeconds(40 * 86400), false));
        assertTrue(keys(longAgo).contains("score.pressure.none"));
        assertTrue(longAgo.score() > s.score());
    }

    @Test
    void weightsChangeTheScoreAndAZeroWeightHidesItsReason() {
        Candidate c = with(10, null, List.of("Tech"), Tier.C, null, null, null, null, 0, null, false);
        ScoreWeights tierOnly = ScoreWeights.defaults();
        for (Factor f : Factor.values()) {
            tierOnly = tierOnly.with(f, f == Factor.TIER ? 10 : 0);
        }
        Scored byTier = new TargetingScore(tierOnly, List.of("Tech"), SEND, "fr", NOW).score(c);
        Scored byDefault = score.score(c);
        assertEquals(20, byTier.score(), "tier C alone");
        assertTrue(byDefault.score() > byTier.score());
        assertEquals(List.of("score.tier"), keys(byTier));
    }
}
