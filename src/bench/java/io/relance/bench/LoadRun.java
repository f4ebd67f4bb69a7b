package io.relance.bench;

import io.gatling.app.Gatling$;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The load test's steps, whatever runs the nodes: the data set and its accounts, then for a set of
 * nodes the working day (paced) and the saturation levels (no pauses), each with what Gatling saw,
 * what the nodes' access logs say and the engine's lag. Figures go to target/benchmarks/load.txt,
 * Gatling's reports under target/benchmarks/gatling/.
 */
final class LoadRun {

    /** Agencies generated: 1,000 (a quick try of the test with fewer: -Dload.tenants=20, every group below shrinks alike). */
    static final int TENANTS = Integer.getInteger("load.tenants", JourneeData.TENANTS);
    /** Agencies whose stagiaire 3 works the paced day (200 callers), whose chef 2 reads (the first 20), whose directeur imports (the first 5). */
    static final int CALLER_AGENCIES = scaled(200);
    static final int CHEFS = scaled(20);
    static final int IMPORTERS = scaled(5);
    /** Agencies whose slot-3 calls of today the engine opens during the paced day: the engine's own work while people work. */
    static final int ENGINE_FIRST = scaled(400) + 1;
    static final int ENGINE_AGENCIES = scaled(50);
    /** Agencies whose stagiaires 3–5 are the saturation run's callers (15 open calls each, used once). */
    static final int SATURATION_FIRST = scaled(500) + 1;
    static final int SATURATION_AGENCIES = scaled(250);
    static final Duration RAMP = Duration.ofSeconds(60);
    static final Duration DAY = Duration.ofSeconds(Integer.getInteger("load.day.seconds", 150));
    static final Duration LEVEL = Duration.ofSeconds(Integer.getInteger("load.level.seconds", 20));
    /** Samples of a level's first seconds are left out: its callers are logging in. */
    static final Duration LEVEL_WARM_UP = Duration.ofSeconds(5);
    static final int[] LEVELS = {1, 2, 3, 4, 8, 16, 32};
    static final long BUDGET_MS = 150;

    private static int scaled(int agencies) {
        return Math.max(1, agencies * TENANTS / JourneeData.TENANTS);
    }

    private final Figures figures = new Figures("Relance load test (Gatling 3.15.1, through the pages)");
    private final Path out;
    private final String jdbcUrl;
    private final String keycloakUrl;
    private final byte[] importFile = ContactsBenchmark.file(10_000);

    LoadRun(Path out, String jdbcUrl, String keycloakUrl) {
        this.out = out;
        this.jdbcUrl = jdbcUrl;
        this.keycloakUrl = keycloakUrl;
    }

    /** The 1,000 agencies (callers' second slot open now) and the accounts of everyone the load logs in as. */
    void prepare() throws Exception {
        long start = System.nanoTime();
        JourneeData data = JourneeData.openNow(TENANTS, Instant.now(), LoadUsers.emailSql());
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "relance"); Statement s = c.createStatement()) {
            try (var pool = s.executeQuery("SELECT @@innodb_buffer_pool_size DIV 1048576")) {
                pool.next();
                figures.record("database buffer pool", pool.getLong(1) + " MiB");
            }
            data.generate(sql -> {
                s.execute(sql);
                return Math.max(0, s.getLargeUpdateCount());
            }, figures::record);
        }
        figures.record("generation, total", Figures.ms(System.nanoTime() - start));
        start = System.nanoTime();
        List<int[]> people = new ArrayList<>();
        IntStream.rangeClosed(1, CALLER_AGENCIES).forEach(a -> people.add(new int[]{a, 3}));
        IntStream.rangeClosed(1, CHEFS).forEach(a -> people.add(new int[]{a, 2}));
        IntStream.rangeClosed(1, 2 * IMPORTERS).forEach(a -> people.add(new int[]{a, 1}));
        for (int a = SATURATION_FIRST; a < SATURATION_FIRST + 2 * SATURATION_AGENCIES; a++) {
            for (int staff = 3; staff <= 5; staff++) {
                people.add(new int[]{a, staff});
            }
        }
        LoadUsers.create(keycloakUrl, people);
        figures.record("Keycloak accounts", people.size() + " in " + Figures.ms(System.nanoTime() - start));
    }

    /**
     * The day and the saturation levels on {@code nodes} node(s) behind {@code appUrl}; {@code round}
     * (0 or 1) picks fresh saturation callers and engine steps for each set of nodes.
     */
    void measure(String label, String appUrl, List<ServerLog> logs, int round) throws Exception {
        figures.record("==== " + label, appUrl + ", load average " + Files.readString(Path.of("/proc/loadavg")).trim());
        day(label, appUrl, logs, round);
        write(); // the day's figures are kept even if a saturation level fails
        saturation(label, appUrl, logs, round);
        write();
    }

    private void day(String label, String appUrl, List<ServerLog> logs, int round) throws Exception {
        List<Map<String, Object>> callers = IntStream.rangeClosed(1, CALLER_AGENCIES).mapToObj(a -> LoadUsers.login(a, 3)).toList();
        List<Map<String, Object>> chefs = IntStream.rangeClosed(1, CHEFS).mapToObj(a -> {
            Map<String, Object> row = new HashMap<>(LoadUsers.login(a, 2));
            row.put("campaign1", JourneeData.campaignId(a, 1));
            row.put("campaign2", JourneeData.campaignId(a, 2));
            return row;
        }).toList();
        // imports go to agencies apart from round to round: each file's 10,000 contacts are new there
        List<Map<String, Object>> importers = IntStream.rangeClosed(1, IMPORTERS)
                .mapToObj(a -> LoadUsers.login(a + round * IMPORTERS, 1)).toList();
        Instant from = Instant.now();
        Instant to = from.plus(RAMP).plus(DAY);
        long steps = engineSteps(round, from.plusSeconds(10), to);
        LoadPlan.use(new LoadPlan(appUrl, keycloakUrl, callers, chefs, importers, callers.size(), RAMP, DAY, importFile));
        for (ServerLog log : logs) {
            log.mark();
        }
        Samples.drain();
        ProcessCpu cpu = ProcessCpu.now(out.getParent());
        long started = System.nanoTime();
        int status = gatling(DaySimulation.class, label + " day");
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        Samples seen = Samples.drain();
        figures.record(label + ", day: Gatling", "exit status " + status + "; " + seen.count() + " requests, "
                + String.format("%.1f", seen.perSecond()) + " requests/s");
        Samples server = serverSide(logs);
        figures.record(label + ", day: CPU", ProcessCpu.now(out.getParent()).since(cpu, wall, server.count()));
        for (Map.Entry<String, Samples> type : seen.byName().entrySet()) {
            figures.record(label + ", day: " + type.getKey(), "p50 / p95 / p99 " + type.getValue().summary()
                    + serverFigure(server, type.getKey()));
        }
        DayWindows.record(label, seen, figures::record);
        engineLag(label, from, steps);
        errors(label + ", day");
    }

    /** The first failure of each request type: its message in the figures, its response in a file next to them. */
    private void errors(String label) throws java.io.IOException {
        Samples.firstErrors().forEach((type, why) -> figures.record(label + ": first error of " + type, why));
        for (Map.Entry<String, String> body : Samples.firstBodies().entrySet()) {
            Path file = out.resolve("load-errors").resolve((label + " " + body.getKey()).replaceAll("[^A-Za-z0-9]+", "-") + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, body.getValue());
        }
    }

    private void saturation(String label, String appUrl, List<ServerLog> logs, int round) throws Exception {
        int next = SATURATION_FIRST + round * SATURATION_AGENCIES;
        int last = next + SATURATION_AGENCIES - 1;
        for (int users : LEVELS) {
            List<Map<String, Object>> callers = new ArrayList<>();
            // enough fresh callers for the level (each has 15 open calls, ~2 s of work for one caller on a
            // fast machine); the rest of the pool is for the next levels
            int needed = Math.min(users * 20, 300);
            for (int a = next; callers.size() < needed && a <= last; a++, next++) {
                for (int staff = 3; staff <= 5; staff++) {
                    callers.add(LoadUsers.login(a, staff));
                }
            }
            if (callers.size() < needed) {
                // fewer would run out of open calls before the level ends (Gatling stops on an empty feeder)
                figures.record(label + ", saturation", "not enough fresh callers left for " + users + " concurrent users");
                break;
            }
            LoadPlan.use(new LoadPlan(appUrl, keycloakUrl, callers, List.of(), List.of(), users, Duration.ZERO, LEVEL, importFile));
            for (ServerLog log : logs) {
                log.mark();
            }
            Samples.drain();
            ProcessCpu cpu = ProcessCpu.now(out.getParent());
            long start = System.currentTimeMillis();
            int status;
            try {
                status = gatling(SaturationSimulation.class, label + " saturation " + users);
            } catch (RuntimeException e) { // e.g. its callers' feeder ran out: the levels end, the figures stay
                figures.record(String.format("%s, %d callers", label, users), "level stopped: " + e.getMessage());
                break;
            }
            Duration wall = Duration.ofMillis(System.currentTimeMillis() - start);
            long warm = start + LEVEL_WARM_UP.toMillis();
            Samples all = Samples.drain();
            Samples seen = Samples.of(all.list().stream().filter(s -> s.at() >= warm && !s.name().equals(Pages.LOGIN)).toList());
            Samples server = serverSide(logs);
            figures.record(String.format("%s, %d callers", label, users), String.format("exit %d; %.1f requests/s (%.1f per node), "
                    + "all p95 %d ms, logins %d", status, seen.perSecond(), seen.perSecond() / logs.size(), seen.percentile(95),
                    all.named(Pages.LOGIN).count()));
            figures.record(String.format("%s, %d callers: CPU", label, users), ProcessCpu.now(out.getParent()).since(cpu, wall, server.count()));
            boolean over = false;
            for (String type : Pages.CALLER_TYPES) {
                Samples s = seen.named(type);
                figures.record(String.format("%s, %d callers: %s", label, users, type), "p50 / p95 / p99 " + s.summary()
                        + serverFigure(server, type));
                over |= s.percentile(95) > BUDGET_MS || s.errors() > 0;
            }
            errors(String.format("%s, %d callers", label, users));
            if (over) {
                break; // past the saturation point: the next level only queues more
            }
        }
    }

    /** The nodes' access logs since the mark, all nodes together. */
    private static Samples serverSide(List<ServerLog> logs) throws Exception {
        List<Samples.Sample> all = new ArrayList<>();
        for (ServerLog log : logs) {
            all.addAll(log.sinceMark());
        }
        return Samples.of(all);
    }

    private static String serverFigure(Samples server, String type) {
        Samples s = server.named(type);
        return s.count() == 0 ? "" : "; server " + s.percentile(50) + " / " + s.percentile(95) + " / " + s.percentile(99)
                + " ms (" + s.count() + ", " + s.errors() + " 5xx)";
    }

    /**
     * Steps the engine must run while people work: the slot-3 opening of today's calls of 50 agencies
     * nobody logs in to, due one after the other over the day's run.
     */
    private long engineSteps(int round, Instant from, Instant to) throws Exception {
        long first = JourneeData.ID0 + (long) (ENGINE_FIRST + round * ENGINE_AGENCIES) * JourneeData.CONTACTS * 10;
        long last = JourneeData.ID0 + (long) (ENGINE_FIRST + (round + 1) * ENGINE_AGENCIES) * JourneeData.CONTACTS * 10;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "relance"); Statement s = c.createStatement()) {
            String tasks = "FROM call_task WHERE id >= " + first + " AND id < " + last + " AND status = 'PLANNED' AND slot_no = 3 "
                    + "AND opens_at < NOW() + INTERVAL 4 HOUR";
            long n;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) " + tasks)) {
                rs.next();
                n = rs.getLong(1);
            }
            long spanMicros = Duration.between(from, to).toNanos() / 1000;
            s.executeUpdate("SET @r = -1");
            s.executeUpdate("INSERT INTO due_step (tenant_id, kind, ref_id, due_at, status) SELECT tenant_id, 'SLOT_OPEN', id, "
                    + "TIMESTAMPADD(MICROSECOND, (@r := @r + 1) * " + spanMicros / Math.max(1, n) + ", '"
                    + from.toString().replace("T", " ").replace("Z", "") + "'), 'PENDING' " + tasks + " ORDER BY id");
            return n;
        }
    }

    /** The engine's lag (due → executed) of every step due during the day's run: ours and those the outcomes made. */
    private void engineLag(String label, Instant from, long ours) throws Exception {
        Thread.sleep(5_000);
        String window = "due_at >= '" + from.toString().replace("T", " ").replace("Z", "") + "' AND due_at <= NOW(3) - INTERVAL 5 SECOND";
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "relance"); Statement s = c.createStatement()) {
            long[] lags;
            try (ResultSet rs = s.executeQuery("SELECT TIMESTAMPDIFF(MICROSECOND, due_at, COALESCE(executed_at, NOW(3))) DIV 1000 "
                    + "FROM due_step WHERE " + window + " ORDER BY 1")) {
                List<Long> list = new ArrayList<>();
                while (rs.next()) {
                    list.add(rs.getLong(1));
                }
                lags = list.stream().mapToLong(Long::longValue).toArray();
            }
            long pending;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM due_step WHERE " + window + " AND status <> 'DONE'")) {
                rs.next();
                pending = rs.getLong(1);
            }
            figures.record(label + ", engine lag", lags.length == 0 ? "no step due" : String.format(
                    "p50 %d ms, p99 %d ms, max %d ms (%,d steps due during the run, %,d of them opened slots; %d not done)",
                    rank(lags, 50), rank(lags, 99), lags[lags.length - 1], lags.length, ours, pending));
        }
    }

    private static long rank(long[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Gatling in this JVM: it answers its status instead of exiting; its report goes under target/benchmarks/gatling. */
    private int gatling(Class<?> simulation, String description) {
        return Gatling$.MODULE$.fromArgs(new String[]{"--simulation", simulation.getName(),
                "--results-folder", out.resolve("gatling").toString(), "--run-description", description});
    }

    void record(String what, String figure) {
        figures.record(what, figure);
    }

    void write() throws Exception {
        figures.writeTo(out, "load.txt");
    }
}
