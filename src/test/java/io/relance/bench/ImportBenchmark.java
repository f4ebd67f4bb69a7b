package io.relance.bench;

import io.relance.it.Agencies;
import io.relance.it.Deployments;
import io.relance.it.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Big files with bounded memory (issue 18 §3), in the WildFly the ITs run (-Xmx1g, arquillian.xml):
 * a 100,000-line preview (upload → counts and first page) and a 1,000,000-line import through the
 * API, with the server's heap read over its management interface while they run. Figures go to
 * target/benchmarks/import.txt; nothing is asserted about time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportBenchmark {

    private static final String PASSWORD = "Bench2026xx";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final List<String> lines = new ArrayList<>();

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aHundredThousandLinePreviewAndAMillionLineImport() throws Exception {
        lines.add("Relance import benchmark, " + LocalDateTime.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, server heap max " + mb(heap().get("max").asLong()));
        Path dir = Files.createDirectories(Path.of("target/benchmarks"));
        Path small = dir.resolve("import-100k.csv");
        Path large = dir.resolve("import-1m.csv");
        ContactsBenchmark.write(small, 100_000);
        ContactsBenchmark.write(large, 1_000_000);
        record("files", Files.size(small) / 1024 / 1024 + " MB (100,000 lines), " + Files.size(large) / 1024 / 1024
                + " MB (1,000,000 lines)");

        String user = Agencies.signUp(Agencies.slug("bench-preview"), PASSWORD);
        for (int run = 1; run <= 3; run++) {
            String token = Tokens.accessToken(user, PASSWORD);
            try (HeapWatch watch = new HeapWatch()) {
                long start = System.nanoTime();
                HttpResponse<String> preview = post("/api/imports/preview?target=CONTACTS&size=20", token, small);
                long took = System.nanoTime() - start;
                assertEquals(200, preview.statusCode(), preview.body());
                assertEquals("100000", preview.headers().firstValue("X-Import-CREATE").orElse(""), "every line would be created");
                record("preview 100,000 lines, run " + run, ms(took) + " (upload + read + plan + counts + first page), "
                        + rate(100_000, took) + "; " + watch);
            }
        }

        String token = Tokens.accessToken(user, PASSWORD);
        importing(token, user, small, 100_000);
        String million = Agencies.signUp(Agencies.slug("bench-million"), PASSWORD);
        importing(Tokens.accessToken(million, PASSWORD), million, large, 1_000_000);

        Files.delete(small);
        Files.delete(large);
        Files.write(dir.resolve("import.txt"), lines);
        System.out.println(String.join("\n", lines));
    }

    /** Posts the file, then polls until the background import ends; a fresh token each minute. */
    private void importing(String token, String user, Path file, int rows) throws Exception {
        try (HeapWatch watch = new HeapWatch(true)) {
            long start = System.nanoTime();
            HttpResponse<String> started = post("/api/imports?target=CONTACTS", token, file);
            long planned = System.nanoTime();
            assertEquals(202, started.statusCode(), started.body());
            long id = Agencies.id(started.body());
            String status;
            long renewed = System.nanoTime();
            do {
                Thread.sleep(500);
                if (System.nanoTime() - renewed > 60_000_000_000L) {
                    token = Tokens.accessToken(user, PASSWORD);
                    renewed = System.nanoTime();
                }
                status = Tokens.get("/api/imports/" + id, token).body();
            } while (status.contains("\"RUNNING\""));
            long done = System.nanoTime();
            assertTrue(status.contains("\"DONE\"") && status.contains("\"created\":" + rows), status);
            String n = String.format("%,d", rows);
            record("import " + n + ": upload + read + plan", ms(planned - start));
            record("import " + n + ": write (background)", ms(done - planned));
            record("import " + n + ": total", ms(done - start) + ", " + rate(rows, done - start) + "; " + watch);
        }
    }

    private static HttpResponse<String> post(String path, String token, Path file) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.appUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .header("X-File-Name", file.getFileName().toString()).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Samples the server's heap every 200 ms while a step runs: the most used (garbage included) and
     * the most the old generation kept after a collection; and, for a long step, every 15 s, the heap
     * still used right after a forced full collection: what the step really holds on to.
     */
    private final class HeapWatch implements AutoCloseable {
        private final AtomicLong used = new AtomicLong();
        private final AtomicLong retained = new AtomicLong();
        private final AtomicLong live = new AtomicLong(-1);
        private final Thread sampler;
        private volatile boolean running = true;

        HeapWatch() throws Exception {
            this(false);
        }

        HeapWatch(boolean probeLive) throws Exception {
            for (String pool : heapPools()) {
                execute(op("reset-peak-usage", pool));
            }
            long started = System.nanoTime();
            sampler = new Thread(() -> {
                long probes = 0;
                while (running) {
                    try {
                        if (probeLive && (System.nanoTime() - started) / 15_000_000_000L > probes) {
                            probes++;
                            ModelNode gc = new ModelNode();
                            gc.get("operation").set("gc");
                            gc.get("address").add("core-service", "platform-mbean").add("type", "memory");
                            execute(gc);
                            live.accumulateAndGet(heap().get("used").asLong(), Math::max);
                        }
                        used.accumulateAndGet(heap().get("used").asLong(), Math::max);
                        for (String pool : heapPools()) {
                            if (pool.contains("Old") || pool.contains("Tenured")) {
                                ModelNode after = execute(attribute(pool, "collection-usage"));
                                if (after.isDefined() && after.hasDefined("used")) {
                                    retained.accumulateAndGet(after.get("used").asLong(), Math::max);
                                }
                            }
                        }
                        Thread.sleep(200);
                    } catch (Exception e) {
                        return;
                    }
                }
            }, "heap-watch");
            sampler.start();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            sampler.join();
        }

        @Override
        public String toString() {
            long oldPeak = 0;
            try {
                for (String pool : heapPools()) {
                    if (pool.contains("Old") || pool.contains("Tenured")) {
                        oldPeak = Math.max(oldPeak, execute(attribute(pool, "peak-usage")).get("used").asLong());
                    }
                }
            } catch (Exception e) {
                oldPeak = -1;
            }
            return "server heap: peak used " + mb(used.get()) + ", old generation peak " + mb(oldPeak)
                    + ", old generation after GC at most " + mb(retained.get())
                    + (live.get() < 0 ? "" : ", live after a forced full GC (every 15 s) at most " + mb(live.get()));
        }
    }

    private ModelNode heap() throws Exception {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("address").add("core-service", "platform-mbean").add("type", "memory");
        read.get("name").set("heap-memory-usage");
        return execute(read);
    }

    private List<String> heapPools() throws Exception {
        ModelNode names = new ModelNode();
        names.get("operation").set("read-children-names");
        names.get("address").add("core-service", "platform-mbean").add("type", "memory-pool");
        names.get("child-type").set("name");
        List<String> heap = new ArrayList<>();
        for (ModelNode name : execute(names).asList()) {
            if ("HEAP".equals(execute(attribute(name.asString(), "type")).asString())) {
                heap.add(name.asString());
            }
        }
        return heap;
    }

    private static ModelNode attribute(String pool, String name) {
        ModelNode read = op("read-attribute", pool);
        read.get("name").set(name);
        return read;
    }

    private static ModelNode op(String operation, String pool) {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add("core-service", "platform-mbean").add("type", "memory-pool").add("name", pool);
        return op;
    }

    private ModelNode execute(ModelNode op) throws Exception {
        ModelNode answer = management.getControllerClient().execute(op);
        if (!"success".equals(answer.get("outcome").asString())) {
            throw new IllegalStateException(answer.toString());
        }
        return answer.get("result");
    }

    private void record(String what, String figure) {
        lines.add(String.format("%-40s %s", what, figure));
    }

    private static String ms(long nanos) {
        return String.format("%,d ms", nanos / 1_000_000);
    }

    private static String rate(int rows, long nanos) {
        return String.format("%,d rows/s", (long) (rows / (nanos / 1e9)));
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "?" : bytes / 1024 / 1024 + " MB";
    }
}
