package io.relance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The figures of an in-container benchmark, one "what  figure" line each, printed and written to
 * target/benchmarks/. Figures are never asserted: a slow machine must not fail the build.
 */
final class Figures {

    private final List<String> lines = new ArrayList<>();

    Figures(String title) {
        lines.add(title + ", " + LocalDateTime.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
    }

    void record(String what, String figure) {
        lines.add(String.format("%-36s %s", what, figure));
    }

    static String ms(long nanos) {
        return nanos / 1_000_000 + " ms";
    }

    /** p50 / p95 / p99 / max of durations in nanoseconds, by nearest rank, in milliseconds. */
    static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d calls)", rank(sorted, 50), rank(sorted, 95),
                rank(sorted, 99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double rank(long[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** Written from inside the server, whose home is target/server: the figures go next to it. */
    void write(String fileName) throws IOException {
        writeTo(Path.of(System.getProperty("jboss.home.dir"), "..", "benchmarks").normalize(), fileName);
    }

    /** Written to a folder the caller knows (a benchmark in the test JVM). */
    void writeTo(Path dir, String fileName) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(fileName), lines);
        System.out.println(String.join("\n", lines));
    }
}
