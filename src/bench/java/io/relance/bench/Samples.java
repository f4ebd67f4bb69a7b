package io.relance.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Response times per request type, as the load's virtual users saw them (Gatling runs in this JVM:
 * each request saves its time and the simulation hands it here), or as a node's access log wrote
 * them. Percentiles by nearest rank, like {@link Figures}.
 */
final class Samples {

    /** One request: its type, when it ended (epoch ms), its time (ms) and whether it failed. */
    record Sample(String name, long at, long millis, boolean failed) {
    }

    private static final ConcurrentLinkedQueue<Sample> SEEN = new ConcurrentLinkedQueue<>();
    private static final Map<String, String> FIRST_ERRORS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> FIRST_BODIES = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<Sample> samples;

    private Samples(List<Sample> samples) {
        this.samples = samples;
    }

    /** What a virtual user saw: called from the simulations. */
    static void record(String name, long millis, boolean failed) {
        SEEN.add(new Sample(name, System.currentTimeMillis(), millis, failed));
    }

    /** Why a request failed, as the response said it (the first one of each request type is kept). */
    static void error(String name, String why, String body) {
        FIRST_ERRORS.putIfAbsent(name, why);
        FIRST_BODIES.putIfAbsent(name, body);
    }

    /** The response of the first failure of each request type since the last call (to read why). */
    static Map<String, String> firstBodies() {
        Map<String, String> copy = new LinkedHashMap<>(FIRST_BODIES);
        FIRST_BODIES.clear();
        return copy;
    }

    /** The first failure of each request type since the last call. */
    static Map<String, String> firstErrors() {
        Map<String, String> copy = new LinkedHashMap<>(FIRST_ERRORS);
        FIRST_ERRORS.clear();
        return copy;
    }

    /** Everything recorded since the last drain. */
    static Samples drain() {
        List<Sample> all = new ArrayList<>();
        for (Sample s; (s = SEEN.poll()) != null; ) {
            all.add(s);
        }
        return new Samples(all);
    }

    static Samples of(List<Sample> samples) {
        return new Samples(samples);
    }

    /** The requests of one type. */
    Samples named(String name) {
        return new Samples(samples.stream().filter(s -> s.name().equals(name)).toList());
    }

    /** Type → its samples, in the order the types were first seen. */
    Map<String, Samples> byName() {
        Map<String, List<Sample>> by = new LinkedHashMap<>();
        samples.forEach(s -> by.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s));
        Map<String, Samples> result = new LinkedHashMap<>();
        by.forEach((k, v) -> result.put(k, new Samples(v)));
        return result;
    }

    List<Sample> list() {
        return samples;
    }

    int count() {
        return samples.size();
    }

    long errors() {
        return samples.stream().filter(Sample::failed).count();
    }

    /** Requests per second between the first and the last sample. */
    double perSecond() {
        if (samples.size() < 2) {
            return 0;
        }
        long first = samples.stream().mapToLong(Sample::at).min().orElse(0);
        long last = samples.stream().mapToLong(Sample::at).max().orElse(0);
        return last == first ? 0 : samples.size() * 1000.0 / (last - first);
    }

    /** The p-th percentile (nearest rank) of the successful requests' times, -1 if none. */
    long percentile(int p) {
        long[] sorted = samples.stream().filter(s -> !s.failed()).mapToLong(Sample::millis).sorted().toArray();
        return sorted.length == 0 ? -1 : sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** "p50 / p95 / p99 ms, n requests, e errors". */
    String summary() {
        return String.format("%d / %d / %d ms (%,d requests, %d errors)", percentile(50), percentile(95), percentile(99), count(),
                errors());
    }
}
