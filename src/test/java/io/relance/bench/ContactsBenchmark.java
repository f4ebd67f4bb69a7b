package io.relance.bench;

import io.relance.it.Agencies;
import io.relance.it.Deployments;
import io.relance.it.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The address book at 100,000 contacts: the import (read, plan, write), then the list's queries,
 * a bulk action on the whole list and an export. Figures go to target/benchmarks/contacts.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactsBenchmark {

    private static final int ROWS = 100_000;
    private final List<String> lines = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void hundredThousandContacts() throws Exception {
        String token = Tokens.accessToken(Agencies.signUp(Agencies.slug("bench"), "Bench2026xx"), "Bench2026xx");
        byte[] csv = file(ROWS);
        record("file", csv.length / 1024 + " KiB, " + ROWS + " lines, 2,000 outlets");

        long start = System.nanoTime();
        HttpResponse<String> started = Tokens.postFile("/api/imports", token, "bench.csv", csv);
        long planned = System.nanoTime();
        assertEquals(202, started.statusCode(), started.body());
        long id = Agencies.id(started.body());
        String status;
        do {
            Thread.sleep(200);
            status = Tokens.get("/api/imports/" + id, token).body();
        } while (status.contains("\"RUNNING\""));
        long done = System.nanoTime();
        record("import: upload + read + plan (request)", ms(planned - start));
        record("import: write (background)", ms(done - planned));
        record("import: total, 100,000 rows", ms(done - start) + "   (" + status + ")");

        time(token, "list: first page (25) + count", "/api/contacts?size=25");
        time(token, "list: page 2,000 (offset 50,000)", "/api/contacts?size=25&first=50000");
        time(token, "search: name prefix 'Martin'", "/api/contacts?size=25&q=Martin");
        time(token, "search: two words 'Marie Martin'", "/api/contacts?size=25&q=" + q("Marie Martin"));
        time(token, "search: outlet 'Gazette 17'", "/api/contacts?size=25&q=" + q("Gazette 17"));
        time(token, "search: email prefix", "/api/contacts?size=25&q=" + q("contact4242@"));
        time(token, "search: phone", "/api/contacts?size=25&q=" + q("06 12 04 24 20"));
        time(token, "filter: topic 'Tech'", "/api/contacts?size=25&topic=Tech");
        time(token, "filter: tier A", "/api/contacts?size=25&tier=A");

        long bulk = System.nanoTime();
        HttpResponse<String> tagged = Tokens.postJson("/api/contacts/bulk", token, "{\"action\":\"tag\",\"all\":true,\"value\":\"Bench\"}");
        record("bulk: tag the whole list", ms(System.nanoTime() - bulk) + "   (" + tagged.body() + ")");
        long export = System.nanoTime();
        int size = Tokens.download("/api/contacts/export?format=csv", token).body().length;
        record("export: CSV of 100,000", ms(System.nanoTime() - export) + "   (" + size / 1024 + " KiB)");

        Path out = Path.of("target/benchmarks/contacts.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        System.out.println(String.join("\n", lines));
    }

    private void time(String token, String what, String path) throws Exception {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = Tokens.get(path, token);
            runs.add(System.nanoTime() - t);
            assertEquals(200, r.statusCode(), r.body());
        }
        Collections.sort(runs);
        record(what, "median " + ms(runs.get(3)) + ", max " + ms(runs.get(6)));
    }

    private void record(String what, String figure) {
        lines.add(String.format("%-42s %s", what, figure));
        if (lines.size() == 1) {
            lines.add(0, "Relance contacts benchmark, " + LocalDateTime.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        }
    }

    private static String ms(long nanos) {
        return nanos / 1_000_000 + " ms";
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A realistic file: French names, 2,000 outlets, unique emails and mobiles, topics, tiers. */
    static byte[] file(int rows) {
        StringBuilder sb = new StringBuilder();
        try {
            append(sb, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same file written to disk, line by line (a million lines need not sit in the test's memory). */
    static void write(Path file, int rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            append(out, rows);
        }
    }

    private static void append(Appendable sb, int rows) throws IOException {
        String[] first = {"Marie", "Jean", "Camille", "Lucas", "Léa", "Hugo", "Chloé", "Louis", "Inès", "Paul", "Zoé", "Jules"};
        String[] last = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
                "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier"};
        String[] topics = {"Tech", "Économie", "Culture", "Société", "Santé", "Sport", "Régions"};
        int combinations = first.length * last.length * 2000;
        sb.append("Civilité;Prénom;Nom;Média;Type de média;Périodicité;Rubrique;Mobile;Email;Thématiques;Tier\n");
        for (int i = 0; i < rows; i++) {
            // every (first name, last name, outlet) once: a repeated one would rightly be a duplicate; past
            // the 480,000 combinations, the last name is compound ("Martin-1")
            int outlet = (i / (first.length * last.length)) % 2000;
            sb.append(i % 2 == 0 ? "Mme" : "M.").append(';')
                    .append(first[i % first.length]).append(';')
                    .append(last[(i / first.length) % last.length]).append(i >= combinations ? "-" + i / combinations : "").append(';')
                    .append("Gazette ").append(String.valueOf(outlet)).append(';')
                    .append(outlet % 3 == 0 ? "Web" : "Presse écrite").append(';')
                    .append(outlet % 2 == 0 ? "Quotidien" : "Mensuel").append(';')
                    .append(topics[i % topics.length]).append(';')
                    .append(String.format("06 12 %02d %02d %02d", (i / 10_000) % 100, (i / 100) % 100, i % 100)).append(';')
                    .append("contact").append(String.valueOf(i)).append("@exemple.fr").append(';')
                    .append(topics[i % topics.length]).append(", ").append(topics[(i + 3) % topics.length]).append(';')
                    .append("ABC".charAt(i % 3)).append('\n');
        }
    }
}
