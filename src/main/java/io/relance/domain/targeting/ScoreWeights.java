package io.relance.domain.targeting;

import io.relance.domain.contact.Problem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The directeur's weights of the score, 0–10 per {@link Factor} (0: not looked at), how many
 * call attempts one caller can make in a day (the capacity the split fills), and how long an attempt
 * takes on average, dialling and note included (what the bilan's "time saved" counts in hours: Relance
 * stores no call durations, so the agency says its own). Stored as
 * "TOPICS=5;TIER=4;…;CALLS_PER_DAY=40;MINUTES_PER_ATTEMPT=4"; like {@code StartRules}, an unknown or missing entry falls
 * back to its default so that a new factor never breaks a page.
 */
public record ScoreWeights(Map<Factor, Integer> weights, int callsPerCallerPerDay, int minutesPerAttempt) {

    public static final int MAX_WEIGHT = 10;
    public static final int DEFAULT_CALLS_PER_DAY = 60;
    public static final int MAX_CALLS_PER_DAY = 200;
    private static final String CALLS = "CALLS_PER_DAY";
    public static final int DEFAULT_MINUTES_PER_ATTEMPT = io.relance.domain.evidence.TimeSaved.DEFAULT_MINUTES_PER_ATTEMPT;
    public static final int MAX_MINUTES_PER_ATTEMPT = 60;
    private static final String MINUTES = "MINUTES_PER_ATTEMPT";

    public ScoreWeights {
        weights = Map.copyOf(weights);
    }

    public static ScoreWeights defaults() {
        Map<Factor, Integer> map = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            map.put(f, f.defaultWeight());
        }
        return new ScoreWeights(map, DEFAULT_CALLS_PER_DAY, DEFAULT_MINUTES_PER_ATTEMPT);
    }

    public int of(Factor factor) {
        return weights.getOrDefault(factor, factor.defaultWeight());
    }

    public int total() {
        int sum = 0;
        for (Factor f : Factor.values()) {
            sum += of(f);
        }
        return sum;
    }

    public ScoreWeights with(Factor factor, int weight) {
        Map<Factor, Integer> map = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            map.put(f, of(f));
        }
        map.put(factor, weight);
        return new ScoreWeights(map, callsPerCallerPerDay, minutesPerAttempt);
    }

    public ScoreWeights withCallsPerDay(int calls) {
        return new ScoreWeights(weights, calls, minutesPerAttempt);
    }

    public ScoreWeights withMinutesPerAttempt(int minutes) {
        return new ScoreWeights(weights, callsPerCallerPerDay, minutes);
    }

    /** What a directeur could get wrong, each with its message key. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (Factor f : Factor.values()) {
            int w = of(f);
            if (w < 0 || w > MAX_WEIGHT) {
                problems.add(new Problem(f.name(), "weights.range", String.valueOf(w)));
            }
        }
        if (problems.isEmpty() && total() == 0) {
            problems.add(new Problem("weights", "weights.allZero"));
        }
        if (callsPerCallerPerDay < 1 || callsPerCallerPerDay > MAX_CALLS_PER_DAY) {
            problems.add(new Problem("callsPerDay", "weights.callsPerDay.range", String.valueOf(callsPerCallerPerDay)));
        }
        if (minutesPerAttempt < 1 || minutesPerAttempt > MAX_MINUTES_PER_ATTEMPT) {
            problems.add(new Problem("minutesPerAttempt", "weights.minutesPerAttempt.range", String.valueOf(minutesPerAttempt)));
        }
        return problems;
    }

    public static ScoreWeights parse(String text) {
        ScoreWeights result = defaults();
        if (text == null) {
            return result;
        }
        for (String entry : text.split(";")) {
            String[] kv = entry.split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            try {
                int value = Integer.parseInt(kv[1].strip());
                if (CALLS.equals(kv[0].strip())) {
                    result = value < 1 || value > MAX_CALLS_PER_DAY ? result : result.withCallsPerDay(value);
                } else if (MINUTES.equals(kv[0].strip())) {
                    result = value < 1 || value > MAX_MINUTES_PER_ATTEMPT ? result : result.withMinutesPerAttempt(value);
                } else if (value >= 0 && value <= MAX_WEIGHT) {
                    result = result.with(Factor.valueOf(kv[0].strip()), value);
                }
            } catch (IllegalArgumentException ignored) {
                // a factor or a value from another version: the default stands
            }
        }
        return result;
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Factor f : Factor.values()) {
            sb.append(f.name()).append('=').append(of(f)).append(';');
        }
        return sb.append(CALLS).append('=').append(callsPerCallerPerDay).append(';')
                .append(MINUTES).append('=').append(minutesPerAttempt).toString();
    }
}
