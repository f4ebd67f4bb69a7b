package io.relance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The day's callers' requests cut by what else the machine was doing: while people were still
 * logging in (the ramp: 220 logins in a minute, Keycloak hashing each password), once everyone
 * was at work, and, at work, while an import was writing its rows or not. And their p95 every 10 s,
 * to see whether slow requests come in bursts (a pause of the whole node) or spread.
 */
final class DayWindows {

    private static final long SLICE_MS = 10_000;

    private DayWindows() {
    }

    /** Figures about {@code day} (a day's samples, every type), one line each, for {@code record(what, figure)}. */
    static void record(String label, Samples day, java.util.function.BiConsumer<String, String> record) {
        List<Samples.Sample> all = day.list();
        long lastLogin = all.stream().filter(s -> s.name().equals(Pages.LOGIN)).mapToLong(Samples.Sample::at).max().orElse(0);
        List<long[]> imports = all.stream().filter(s -> s.name().equals(Pages.IMPORT_TOTAL))
                .map(s -> new long[]{s.at() - s.millis(), s.at()}).toList();
        List<Samples.Sample> ramp = new ArrayList<>();
        List<Samples.Sample> atWork = new ArrayList<>();
        List<Samples.Sample> importing = new ArrayList<>();
        List<Samples.Sample> quiet = new ArrayList<>();
        for (Samples.Sample s : all) {
            if (!Pages.CALLER_TYPES.contains(s.name())) {
                continue;
            }
            if (s.at() <= lastLogin) {
                ramp.add(s);
                continue;
            }
            atWork.add(s);
            boolean duringAnImport = imports.stream().anyMatch(i -> s.at() - s.millis() < i[1] && s.at() > i[0]);
            (duringAnImport ? importing : quiet).add(s);
        }
        record.accept(label + ", day, ramp (logins)", "page, card, outcome " + Samples.of(ramp).summary());
        record.accept(label + ", day, all at work", "page, card, outcome " + Samples.of(atWork).summary());
        record.accept(label + ", day, at work, no import", "page, card, outcome " + Samples.of(quiet).summary());
        record.accept(label + ", day, at work, an import", "page, card, outcome " + Samples.of(importing).summary());
        for (String type : Pages.CALLER_TYPES) {
            record.accept(label + ", day, all at work: " + type, "p50 / p95 / p99 " + Samples.of(atWork).named(type).summary());
        }
        record.accept(label + ", day: callers' p95 per 10 s", slices(all));
    }

    private static String slices(List<Samples.Sample> all) {
        long first = all.stream().mapToLong(Samples.Sample::at).min().orElse(0);
        long last = all.stream().mapToLong(Samples.Sample::at).max().orElse(0);
        StringJoiner line = new StringJoiner(" ");
        for (long from = first; from <= last; from += SLICE_MS) {
            long start = from;
            Samples slice = Samples.of(all.stream().filter(s -> Pages.CALLER_TYPES.contains(s.name()) && s.at() >= start && s.at() < start + SLICE_MS).toList());
            line.add(slice.count() == 0 ? "-" : String.valueOf(slice.percentile(95)));
        }
        return line + " ms";
    }
}
