package io.relance.domain.targeting;

import io.relance.domain.contact.Choice;
import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.Periodicity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores a campaign's candidates: each {@link Factor} gives a value between 0 (a call is unlikely to
 * be worth it) and 1, 0.5 when nothing is known; the score is their weighted mean on 0–100. Each
 * value away from the middle brings a reason whose points say how far it moved the score, so the
 * reasons add up to what the chef sees (score = 50 + Σ points, within rounding).
 */
public final class TargetingScore {

    /** A cooldown that ended less than this ago still counts as pressure: the person was just left alone. */
    static final Duration COOLDOWN_ECHO = Duration.ofDays(14);
    private static final double NEUTRAL = 0.5;

    private final ScoreWeights weights;
    private final List<String> campaignTopics;
    private final LocalDate sendDate;
    private final String agencyLanguage;
    private final Instant now;

    public TargetingScore(ScoreWeights weights, List<String> campaignTopics, LocalDate sendDate, String agencyLanguage, Instant now) {
        this.weights = weights;
        this.campaignTopics = campaignTopics.stream().filter(t -> !Choice.fold(t).isEmpty()).toList();
        this.sendDate = sendDate;
        this.agencyLanguage = agencyLanguage == null ? null : language(agencyLanguage);
        this.now = now;
    }

    /** One factor's value and its reason key/params (null key: no reason to show). */
    private record Value(Factor factor, double value, String key, Object... params) {
    }

    public Scored score(Candidate c) {
        List<Value> values = List.of(topics(c), tier(c), timing(c), history(c), pressure(c), preference(c), language(c));
        int total = weights.total();
        double sum = 0;
        List<Reason> reasons = new ArrayList<>();
        for (Value v : values) {
            int w = weights.of(v.factor);
            sum += w * v.value;
            if (v.key != null && w > 0) {
                reasons.add(Reason.of(v.key, (int) Math.round(100.0 * w * (v.value - NEUTRAL) / total), v.params));
            }
        }
        int score = total == 0 ? 50 : (int) Math.round(100.0 * sum / total);
        reasons.sort(Comparator.comparingInt((Reason r) -> -Math.abs(r.points())));
        return new Scored(c.contactId(), Math.max(0, Math.min(100, score)), reasons);
    }

    private Value topics(Candidate c) {
        if (campaignTopics.isEmpty()) {
            return new Value(Factor.TOPICS, NEUTRAL, null);
        }
        List<String> own = new ArrayList<>();
        c.topics().forEach(t -> own.add(Choice.fold(t)));
        String beat = c.beat() == null ? "" : " " + Choice.foldKeepingWords(c.beat()) + " ";
        List<String> matched = new ArrayList<>();
        for (String topic : campaignTopics) {
            String folded = Choice.fold(topic);
            if (own.contains(folded) || beat.contains(" " + Choice.foldKeepingWords(topic).strip() + " ")) {
                matched.add(topic);
            }
        }
        if (matched.isEmpty()) {
            return own.isEmpty() && beat.isBlank() ? new Value(Factor.TOPICS, 0.3, "score.topics.unknown")
                    : new Value(Factor.TOPICS, 0.0, "score.topics.none");
        }
        return new Value(Factor.TOPICS, matched.size() >= 2 || campaignTopics.size() == 1 ? 1.0 : 0.85,
                "score.topics.match", String.join(", ", matched));
    }

    private Value tier(Candidate c) {
        if (c.tier() == null) {
            return new Value(Factor.TIER, NEUTRAL, null);
        }
        double v = switch (c.tier()) {
            case A -> 1.0;
            case B -> 0.6;
            case C -> 0.2;
        };
        return new Value(Factor.TIER, v, "score.tier", c.tier().name());
    }

    /**
     * A weekly is worth a call several days before its closing day, not on it nor the day before; a
     * monthly just past its closing has filled its issue; a daily or a website can use the release now.
     */
    private Value timing(Candidate c) {
        Periodicity p = c.periodicity();
        if (p == null) {
            return new Value(Factor.TIMING, NEUTRAL, null);
        }
        if (p == Periodicity.QUOTIDIEN) {
            return new Value(Factor.TIMING, 0.8, "score.timing.daily");
        }
        if (p == Periodicity.CONTINU) {
            return new Value(Factor.TIMING, 0.75, "score.timing.web");
        }
        ClosingDay closing = c.closing();
        if (p.closesOnWeekday() && closing != null && closing.weekday() != null) {
            int until = (closing.weekday().getValue() - sendDate.getDayOfWeek().getValue() + 7) % 7;
            if (until == 0) {
                return new Value(Factor.TIMING, 0.05, "score.timing.closingToday");
            }
            if (until == 1) {
                return new Value(Factor.TIMING, 0.15, "score.timing.closingTomorrow");
            }
            return new Value(Factor.TIMING, until <= 3 ? 0.6 : 1.0, "score.timing.closingIn", until);
        }
        if (p.closesOnDayOfMonth() && closing != null && closing.dayOfMonth() != null) {
            LocalDate last = monthDay(sendDate, closing.dayOfMonth());
            if (last.isAfter(sendDate)) {
                last = monthDay(sendDate.minusMonths(1), closing.dayOfMonth());
            }
            long since = ChronoUnit.DAYS.between(last, sendDate);
            long until = ChronoUnit.DAYS.between(sendDate, monthDay(last.plusMonths(1), closing.dayOfMonth()));
            if (since <= 7) {
                return new Value(Factor.TIMING, 0.1, "score.timing.justClosed", since);
            }
            return new Value(Factor.TIMING, until <= 2 ? 0.2 : 0.85, "score.timing.closingIn", until);
        }
        return new Value(Factor.TIMING, NEUTRAL, null);
    }

    /** The closing day in that month (the 31st of a 30-day month is its last day). */
    private static LocalDate monthDay(LocalDate inMonth, int day) {
        return inMonth.withDayOfMonth(Math.min(day, inMonth.lengthOfMonth()));
    }

    private Value history(Candidate c) {
        Candidate.History h = c.history();
        if (h.coverage() > 0) {
            return new Value(Factor.HISTORY, 1.0, "score.history.coverage", h.coverage());
        }
        if (h.yes() > 0) {
            return new Value(Factor.HISTORY, 0.9, "score.history.yes", h.yes());
        }
        if (h.pickUps() > 0) {
            return new Value(Factor.HISTORY, 0.7, "score.history.pickUps", h.pickUps());
        }
        if (h.campaigns() > 0) {
            return new Value(Factor.HISTORY, h.campaigns() >= 2 ? 0.1 : 0.3, "score.history.noAnswer", h.campaigns());
        }
        return new Value(Factor.HISTORY, NEUTRAL, null);
    }

    private Value pressure(Candidate c) {
        Instant cooldown = c.cooldownUntil();
        if (cooldown != null && !cooldown.isAfter(now) && cooldown.isAfter(now.minus(COOLDOWN_ECHO))) {
            return new Value(Factor.PRESSURE, 0.15, "score.pressure.cooldownEnded", Duration.between(cooldown, now).toDays());
        }
        int calls = c.callsLast4Weeks();
        if (calls == 0) {
            return new Value(Factor.PRESSURE, 0.8, "score.pressure.none");
        }
        return new Value(Factor.PRESSURE, calls <= 2 ? 0.4 : 0.1, "score.pressure.calls", calls);
    }

    private Value preference(Candidate c) {
        return c.oneCallPerRelease() ? new Value(Factor.PREFERENCE, 0.2, "score.preference.oneCall")
                : new Value(Factor.PREFERENCE, NEUTRAL, null);
    }

    private Value language(Candidate c) {
        if (c.language() == null || c.language().isBlank() || agencyLanguage == null) {
            return new Value(Factor.LANGUAGE, NEUTRAL, null);
        }
        String own = language(c.language());
        return own.equals(agencyLanguage) ? new Value(Factor.LANGUAGE, NEUTRAL, null)
                : new Value(Factor.LANGUAGE, 0.1, "score.language.other", own.toUpperCase(Locale.ROOT));
    }

    /** "fr-FR", "FR", "fr_BE" → "fr". */
    private static String language(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        return cut > 0 ? t.substring(0, cut) : t;
    }
}
