package io.relance.bench;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A node's own time for each request: Undertow's access log with the time it took to process
 * (%D, milliseconds from the request's start to the end of the response) and the load's request
 * type (the X-Load header Gatling sends), read back from where a run started.
 */
final class ServerLog {

    private static final String PATTERN = "%{i,X-Load}|%s|%D|%r";
    private static final Pattern LINE = Pattern.compile("^([^|]*)\\|(\\d{3})\\|(\\d+)\\|");

    private final Path file;
    private long mark;

    private ServerLog(Path file) {
        this.file = file;
    }

    /**
     * Turns the access log on (and the listener's request start time, without which %D is empty),
     * reloading the server if it asks to, and answers the log.
     */
    static ServerLog enable(ModelControllerClient client) throws Exception {
        ModelNode log = op("add", "subsystem", "undertow", "server", "default-server", "host", "default-host", "setting", "access-log");
        log.get("pattern").set(PATTERN);
        log.get("prefix").set("load-access.");
        log.get("suffix").set("log");
        log.get("rotate").set(false);
        log.get("use-server-log").set(false);
        ModelNode start = op("write-attribute", "subsystem", "undertow", "server", "default-server", "http-listener", "default");
        start.get("name").set("record-request-start-time");
        start.get("value").set(true);
        ModelNode result = client.execute(log);
        boolean added = "success".equals(result.get("outcome").asString());
        if (!added && !result.toString().contains("WFLYCTL0212")) { // 0212: already there (a second run on the same server)
            throw new IllegalStateException("access log: " + result);
        }
        ModelNode written = check(client.execute(start));
        if (written.hasDefined("response-headers") && written.get("response-headers").hasDefined("process-state")) {
            reload(client);
        }
        ModelNode dir = op("resolve-expression");
        dir.get("expression").set("${jboss.server.log.dir}");
        return new ServerLog(Path.of(check(client.execute(dir)).get("result").asString(), "load-access.log"));
    }

    /** Reads the server's own times from now on. */
    void mark() throws IOException {
        mark = Files.exists(file) ? Files.size(file) : 0;
    }

    /** The requests logged since the mark, by request type (the X-Load header); a 5xx counts as an error. */
    List<Samples.Sample> sinceMark() throws IOException, InterruptedException {
        Thread.sleep(3_000); // Undertow writes the access log in the background
        List<Samples.Sample> samples = new ArrayList<>();
        if (!Files.exists(file)) {
            return samples;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(mark);
            byte[] bytes = new byte[(int) (in.length() - mark)];
            in.readFully(bytes);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                Matcher m = LINE.matcher(line);
                if (m.find() && !m.group(1).equals("-") && !m.group(1).isEmpty()) {
                    samples.add(new Samples.Sample(m.group(1), 0, Long.parseLong(m.group(3)), m.group(2).startsWith("5")));
                }
            }
        }
        return samples;
    }

    private static void reload(ModelControllerClient client) throws Exception {
        try {
            client.execute(op("reload"));
        } catch (IOException e) {
            // the connection may drop while the server reloads
        }
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            Thread.sleep(1_000);
            try {
                ModelNode state = op("read-attribute");
                state.get("name").set("server-state");
                if ("running".equals(client.execute(state).get("result").asString())) {
                    return;
                }
            } catch (IOException e) {
                // not back yet
            }
        }
        throw new IllegalStateException("the server did not come back after its reload");
    }

    private static ModelNode check(ModelNode result) {
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException(result.toString());
        }
        return result;
    }

    private static ModelNode op(String name, String... address) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        op.get("address").setEmptyList();
        for (int i = 0; i < address.length; i += 2) {
            op.get("address").add(address[i], address[i + 1]);
        }
        return op;
    }
}
