package io.relance.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each process of the stack spent of the machine's CPU during a phase of the load: the
 * WildFly node(s), MariaDB, Keycloak, HAProxy, and Gatling (this JVM). With the requests served in
 * that phase it gives a request's cost, all processes included: the figure that says how many
 * requests per second two cores can serve at all, whatever the pages' waits.
 * Processes are those whose command line names this build's folder (the stack started by the
 * build, not a run command or another build alongside).
 */
final class ProcessCpu {

    private static final List<String> KINDS = List.of("WildFly", "MariaDB", "Keycloak", "HAProxy", "Gatling");

    private final Map<String, Duration> byKind;

    private ProcessCpu(Map<String, Duration> byKind) {
        this.byKind = byKind;
    }

    /** The CPU time each kind of process has used so far. */
    static ProcessCpu now(Path buildDir) {
        String dir = buildDir.toAbsolutePath().normalize().toString();
        Map<String, Duration> byKind = new LinkedHashMap<>();
        KINDS.forEach(k -> byKind.put(k, Duration.ZERO));
        long self = ProcessHandle.current().pid();
        ProcessHandle.allProcesses().forEach(p -> {
            ProcessHandle.Info info = p.info();
            String command = info.commandLine().orElse("");
            Optional<String> kind = p.pid() == self ? Optional.of("Gatling") : kind(command, dir);
            kind.ifPresent(k -> byKind.merge(k, info.totalCpuDuration().orElse(Duration.ZERO), Duration::plus));
        });
        return new ProcessCpu(byKind);
    }

    private static Optional<String> kind(String command, String dir) {
        if (!command.contains(dir)) {
            return Optional.empty();
        }
        if (command.contains("mariadbd") || command.contains("mysqld")) {
            return Optional.of("MariaDB");
        }
        if (command.contains("haproxy")) {
            return Optional.of("HAProxy");
        }
        if (command.contains("jboss-modules")) {
            return Optional.of("WildFly");
        }
        return command.contains("keycloak") || command.contains("quarkus") ? Optional.of("Keycloak") : Optional.empty();
    }

    /**
     * "WildFly 138.2 s, MariaDB 60.1 s, … = 228.0 CPU-s in 120 s (1.90 of 2 cores); 112 ms per
     * request": since {@code before}, over {@code wall}, for {@code requests} requests.
     */
    String since(ProcessCpu before, Duration wall, long requests) {
        StringBuilder s = new StringBuilder();
        double total = 0;
        for (String kind : KINDS) {
            double seconds = (byKind.get(kind).toMillis() - before.byKind.get(kind).toMillis()) / 1000.0;
            total += seconds;
            s.append(String.format("%s %.1f s, ", kind, seconds));
        }
        double wallSeconds = wall.toMillis() / 1000.0;
        s.setLength(s.length() - 2);
        s.append(String.format(" = %.1f CPU-s in %.0f s (%.2f of %d cores)", total, wallSeconds, total / wallSeconds,
                Runtime.getRuntime().availableProcessors()));
        if (requests > 0) {
            s.append(String.format("; %.0f ms of CPU per request (%d requests)", 1000 * total / requests, requests));
        }
        return s.toString();
    }
}
