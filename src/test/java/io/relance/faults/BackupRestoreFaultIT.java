package io.relance.faults;

import io.relance.it.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The backup of docs/OPERATIONS.md, done as written: mariadb-dump of the live database, the
 * database wiped, the dump restored with the mariadb client, the nodes started again — and the
 * demo agency's bilans, read through the API, are the same as before, figure for figure.
 */
class BackupRestoreFaultIT extends ClusterFault {

    private static final String PASSWORD = "demo-password-1";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    /** The moment a bilan is read at ("as at now" for a running campaign): not a figure. */
    private static final Pattern AT = Pattern.compile("\"at\"\\s*:\\s*(\"[^\"]*\"|[-+0-9.eE]+)");

    private final Probes probes = new Probes(cluster);
    private final Path db = Path.of(System.getProperty("relance.stack.dir")).toAbsolutePath().resolve("db");


    @Test
    void dumpWipeRestoreGivesTheSameBilans() throws Exception {
        Map<Long, String> before = bilans();
        assertFalse(before.isEmpty(), "the demo agency has campaigns");
        assertTrue(before.values().stream().anyMatch(b -> b.startsWith("200 ")), "and bilans to compare: " + before);
        long attempts = probes.number("SELECT COUNT(*) FROM attempt");
        Path dump = Files.createTempFile(db.getParent(), "relance-", ".sql");

        // the backup, while the nodes run (one consistent snapshot: --single-transaction)
        run(List.of(bin("mariadb-dump"), "--socket=" + db.resolve("mysql.sock"), "--user=root",
                "--single-transaction", "--routines", "--triggers", "--databases", "relance", "--result-file=" + dump), null);
        assertTrue(Files.size(dump) > 10_000, "a dump with the data: " + Files.size(dump) + " bytes");

        // the disaster: nodes stopped (planned, as for any restore), the database gone
        cluster.drainAndStopNode(1);
        cluster.drainAndStopNode(2);
        try {
            run(List.of(bin("mariadb"), "--socket=" + db.resolve("mysql.sock"), "--user=root", "-e", "DROP DATABASE relance"), null);
            assertEquals(0, probes.serverNumber("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'relance'"),
                    "the database is really gone");
        } finally {
            // the restore, whatever happened above: the next test needs the database
            run(List.of(bin("mariadb"), "--socket=" + db.resolve("mysql.sock"), "--user=root"), dump);
        }
        assertEquals(attempts, probes.number("SELECT COUNT(*) FROM attempt"), "every attempt is back");

        cluster.startNode(1);
        cluster.startNode(2);
        assertEquals(before, bilans(), "the demo agency's bilans after the restore");
        Files.deleteIfExists(dump);
    }

    /** Every campaign of the demo agency: its bilan as the API answers it (status and body). */
    private Map<Long, String> bilans() throws Exception {
        String chef = Tokens.accessToken("chef@agence-demo.fr", PASSWORD);
        HttpResponse<String> campaigns = Tokens.get("/api/campaigns", chef);
        assertEquals(200, campaigns.statusCode(), campaigns.body());
        TreeSet<Long> ids = new TreeSet<>();
        Matcher m = ID.matcher(campaigns.body());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        Map<Long, String> bilans = new TreeMap<>();
        for (long id : ids) {
            HttpResponse<String> bilan = Tokens.get("/api/campaigns/" + id + "/bilan", chef);
            bilans.put(id, bilan.statusCode() + " " + AT.matcher(bilan.body()).replaceFirst("\"at\":\"-\""));
        }
        return bilans;
    }

    private String bin(String name) {
        return db.resolve("base/bin").resolve(name).toString();
    }

    private static void run(List<String> command, Path input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "finished: " + command);
        assertEquals(0, process.exitValue(), command.get(0) + " failed: " + output);
    }
}
