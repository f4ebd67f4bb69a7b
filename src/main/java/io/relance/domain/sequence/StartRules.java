package io.relance.domain.sequence;

import io.relance.domain.contact.Periodicity;

import java.util.EnumMap;
import java.util.Map;

/**
 * The start rule of each periodicity, as the directeur set them (defaults from
 * {@link StartRule#defaultFor}). Stored as "QUOTIDIEN=NEXT_BUSINESS_DAY;..."; an unknown or
 * missing entry falls back to the default, so that a new periodicity never breaks planning.
 */
public record StartRules(Map<Periodicity, StartRule> rules) {

    public static StartRules defaults() {
        Map<Periodicity, StartRule> map = new EnumMap<>(Periodicity.class);
        for (Periodicity p : Periodicity.values()) {
            map.put(p, StartRule.defaultFor(p));
        }
        return new StartRules(map);
    }

    public StartRule of(Periodicity periodicity) {
        return periodicity == null ? StartRule.NEXT_BUSINESS_DAY
                : rules.getOrDefault(periodicity, StartRule.defaultFor(periodicity));
    }

    public StartRules with(Periodicity periodicity, StartRule rule) {
        Map<Periodicity, StartRule> map = new EnumMap<>(rules);
        map.put(periodicity, rule);
        return new StartRules(map);
    }

    public static StartRules parse(String text) {
        StartRules result = defaults();
        if (text == null) {
            return result;
        }
        for (String entry : text.split(";")) {
            String[] kv = entry.split("=", 2);
            if (kv.length == 2) {
                try {
                    result = result.with(Periodicity.valueOf(kv[0].strip()), StartRule.valueOf(kv[1].strip()));
                } catch (IllegalArgumentException ignored) {
                    // a value from an older version: the default stands
                }
            }
        }
        return result;
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Periodicity p : Periodicity.values()) {
            sb.append(sb.isEmpty() ? "" : ";").append(p.name()).append('=').append(of(p).name());
        }
        return sb.toString();
    }
}
