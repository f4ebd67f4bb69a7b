package io.relance.application.contacts;

import io.relance.application.mail.MailAgencyFixture;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.TenantSql;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person with a distinctive name, email and number leaves traces all over an agency's data: a
 * rejected line of an import's report, a sequence with attempts and a callback, an SMS and an email
 * whose errors quote them, an SMS reply from their number that no card claimed, a coverage article,
 * reasons and a colleague's note that name them. After the erasure, no text column of any table of
 * the database (nor the import report's file) holds their name, address or number in any stored
 * form; before it, the access export lists their calls (with the caller's role, not name), sequence,
 * callback and coverage.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureCompletenessIT {

    /** A person of this test alone (the scan reads every agency of the database): "Zébu…" "Quasi…", +33 7 8… */
    private final String s1 = letters(5);
    private final String s2 = letters(5);
    private final String first = "Zébu" + s1;
    private final String last = "Quasi" + s2;
    private final String email = "zebu" + s1 + ".quasi" + s2 + "@gazette-rgpd.fr";
    private final String digits = String.format("%08d", new java.util.Random().nextInt(100_000_000));
    private final String e164 = "+337" + digits;
    /** "07 81 92 03 64" */
    private final String national = ("07" + digits).replaceAll("(\\d\\d)(?!$)", "$1 ");
    /** What the scan looks for: the name (the collation ignores case and accents), the address, the number as stored and as typed. */
    private final List<String> needles = List.of(last, first, email, e164, "07" + digits, national, "7" + digits);

    @Deployment
    static WebArchive deployment() throws java.io.IOException {
        return MailAgencyFixture.deployment(ErasureCompletenessIT.class);
    }

    @Inject
    MailAgencyFixture mail;

    @Inject
    ContactService contacts;

    @Inject
    RunAsChef chef;

    TenantSql db;
    long person;

    @BeforeEach
    void aPersonWithTracesEverywhere() throws Exception {
        db = mail.launchedWithTheReleaseByEmail();
        db.in(() -> {
            db.sql("INSERT INTO contact (tenant_id, first_name, last_name, mobile, email, notes, created_at, updated_at) "
                    + "VALUES (?1, '" + first + "', '" + last + "', '" + e164 + "', '" + email + "', 'Demander " + first + " au standard', "
                    + "NOW(3), NOW(3))");
            return null;
        });
        person = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND last_name = '" + last + "'");
        long campaign = db.count("SELECT id FROM campaign WHERE tenant_id = ?1");
        long caller = db.count("SELECT id FROM staff_member WHERE tenant_id = ?1 AND email = 'lea@x.fr'");
        db.in(() -> {
            db.sql("INSERT INTO enrolment (tenant_id, campaign_id, contact_id, caller_id, status, attempts, max_attempts, "
                    + "min_gap_minutes, cooldown_days, callback_at, first_day, ends_at, created_at, paused_reason) VALUES (?1, "
                    + campaign + ", " + person + ", " + caller + ", 'CALLBACK', 2, 9, 60, 30, '2026-11-24 09:00:00', '2026-11-23', "
                    + "'2026-11-26 18:00:00', NOW(3), '" + first + " " + last + " était en reportage')");
            return null;
        });
        long enrolment = db.count("SELECT id FROM enrolment WHERE tenant_id = ?1 AND contact_id = " + person);
        String ids = campaign + ", " + person;
        db.in(() -> {
            db.sql("INSERT INTO attempt (tenant_id, enrolment_id, campaign_id, contact_id, caller_id, outcome, day_no, slot_no, "
                    + "made_at, callback_at) VALUES (?1, " + enrolment + ", " + ids + ", " + caller + ", 'NO_ANSWER', 1, 1, "
                    + "'2026-11-23 09:30:00', NULL), (?1, " + enrolment + ", " + ids + ", " + caller + ", 'LATER', 1, 2, "
                    + "'2026-11-23 11:30:00', '2026-11-24 09:00:00')");
            db.sql("INSERT INTO call_task (tenant_id, enrolment_id, caller_id, kind, day_no, slot_no, opens_at, closes_at, status) "
                    + "VALUES (?1, " + enrolment + ", " + caller + ", 'CALLBACK', 2, 1, '2026-11-24 09:00:00', '2026-11-24 09:30:00', 'PLANNED')");
            db.sql("INSERT INTO sms_outbox (tenant_id, enrolment_id, to_number, due_at, status, created_at, body, last_error) VALUES "
                    + "(?1, " + enrolment + ", '" + e164 + "', '2026-11-23 12:00:00', 'FAILED', NOW(3), 'Bonjour " + first + "', "
                    + "'Destination refusée : " + national + "')");
            db.sql("INSERT INTO mail_outbox (tenant_id, campaign_id, contact_id, enrolment_id, kind, idempotency_key, to_email, "
                    + "subject, body_text, unsubscribe_token, status, due_at, last_error, created_at) VALUES (?1, " + ids + ", "
                    + enrolment + ", 'RELEASE', 'rgpd-" + person + "', '" + email + "', 'Pour " + first + "', 'Bonjour " + first + "', '"
                    + UUID.randomUUID() + "', 'FAILED', NOW(3), '550 5.1.1 <" + email + ">: Recipient address rejected', NOW(3))");
            // another person's email whose error quotes this one (a forward that bounced)
            db.sql("UPDATE mail_outbox SET last_error = 'forwarded to " + email + ": 452 mailbox full' WHERE tenant_id = ?1 "
                    + "AND to_email LIKE 'marc@%'");
            db.sql("INSERT INTO due_step (tenant_id, kind, ref_id, due_at, status, last_error) VALUES (?1, 'SMS', " + enrolment
                    + ", '2026-11-23 12:00:00', 'DROPPED', 'provider refused " + e164 + "')");
            db.sql("INSERT INTO sms_reply (tenant_id, contact_id, from_number, body, stop, received_at) VALUES "
                    + "(?1, NULL, '" + e164 + "', 'Rappelez-moi demain, " + first + "', FALSE, NOW(3))");
            db.sql("INSERT INTO coverage (tenant_id, campaign_id, contact_id, published_on, title, url, kind, tone, created_at) "
                    + "VALUES (?1, " + ids + ", '2026-11-25', '" + first + " " + last + " raconte l''hiver', "
                    + "'https://gazette-rgpd.fr/zebu" + s1 + "-quasi" + s2 + "-hiver', 'INTERVIEW', 'POSITIVE', NOW(3))");
            db.sql("UPDATE campaign SET paused_reason = 'Attendre le retour de " + last + "' WHERE tenant_id = ?1");
            db.sql("UPDATE contact SET notes = 'Collègue de " + first + " " + last + " (" + national + ")' WHERE tenant_id = ?1 "
                    + "AND first_name = 'Marc'");
            db.em().createNativeQuery("INSERT INTO import_report (tenant_id, target, file_name, created_by, created_at, "
                            + "finished_at, mode, duplicates, status, total_rows, created_count, rejected_count, report_csv) "
                            + "VALUES (?1, 'CONTACTS', 'journalistes.csv', 'sam@x.fr', NOW(3), NOW(3), 'VALID_ROWS', 'SKIP', "
                            + "'DONE', 2, 1, 1, ?2)").setParameter(1, db.tenant())
                    .setParameter(2, gzip("\uFEFFLigne;Résultat;Qui;Détail\r\n2;Créé;Marc Bravo;\r\n"
                            + "3;Rejetée;" + last + " " + first + " <" + email + ">;Mobile : numéro invalide ('+33 " + national.substring(1) + " x)\r\n"))
                    .executeUpdate();
            return null;
        });
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void afterTheErasureNoTextColumnOfTheDatabaseHoldsTheirNameAddressOrNumber() throws Exception {
        List<String> before = traces();
        for (String needle : List.of(last, email, e164, national)) {
            assertTrue(before.stream().anyMatch(t -> t.endsWith("'" + needle + "'")), "the scan sees " + needle + " first: " + before);
        }
        assertTrue(reports().contains(email));

        InTenant.run(db.tenant(), () -> chef.call(() -> {
            contacts.erase(person);
            return null;
        }));

        assertEquals(List.of(), traces(), "every text column of every table, after the erasure");
        String reports = reports();
        for (String needle : List.of(last, "Zebu" + s1, first, email, national.substring(3), "7" + digits)) {
            assertFalse(reports.toLowerCase().contains(needle.toLowerCase()), needle + " in the import report: " + reports);
        }
        assertTrue(reports.contains("3;Rejetée;"), "the line stays, anonymous: " + reports);
        assertEquals(0, db.count("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id "
                + "AND e.id = t.enrolment_id WHERE t.tenant_id = ?1 AND e.contact_id = " + person
                + " AND t.status IN ('PLANNED','OPEN','PAUSED')"), "no call left to make");
        assertEquals("Collègue de [effacé] ([effacé])", db.text("SELECT notes FROM contact WHERE tenant_id = ?1 AND first_name = 'Marc'"),
                "a colleague's note keeps what is not them");
        assertEquals(2, db.count("SELECT COUNT(*) FROM attempt WHERE tenant_id = ?1 AND contact_id = " + person),
                "the calls stay, anonymous, for the bilan");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAccessExportListsTheirCallsSequenceCallbackAndCoverage() throws Exception {
        Map<String, Object> data = InTenant.run(db.tenant(), () -> chef.call(() -> contacts.personalData(person)));

        List<Map<String, Object>> attempts = (List<Map<String, Object>>) data.get("attempts");
        assertEquals(List.of("NO_ANSWER", "LATER"), attempts.stream().map(a -> a.get("outcome")).toList());
        assertEquals("2026-11-23T09:30:00Z", attempts.get(0).get("at"));
        assertEquals("STAGIAIRE", attempts.get(0).get("callerRole"));
        assertEquals("Collection d'hiver", attempts.get(0).get("campaign"));
        assertFalse(data.toString().contains("Léa") || data.toString().contains("Petit") || data.toString().contains("lea@x.fr"),
                "the caller's role, never their name: " + data);

        List<Map<String, Object>> sequences = (List<Map<String, Object>>) data.get("sequences");
        assertEquals(1, sequences.size());
        assertEquals("CALLBACK", sequences.get(0).get("status"));
        assertEquals("2026-11-23", sequences.get(0).get("firstDay"));

        List<Map<String, Object>> callbacks = (List<Map<String, Object>>) data.get("callbacks");
        assertEquals(1, callbacks.size());
        assertEquals("2026-11-24T09:00:00Z", callbacks.get(0).get("from"));
        assertEquals("STAGIAIRE", callbacks.get(0).get("callerRole"));

        List<Map<String, Object>> coverage = (List<Map<String, Object>>) data.get("coverage");
        assertEquals(1, coverage.size());
        assertEquals(first + " " + last + " raconte l'hiver", coverage.get(0).get("title"));
        assertEquals("2026-11-25", coverage.get(0).get("publishedOn"));
    }

    /** "table.column 'needle'" for every text column of every table of the database that holds a needle. */
    @SuppressWarnings("unchecked")
    private List<String> traces() throws Exception {
        return db.in(() -> {
            List<Object[]> columns = db.em().createNativeQuery("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE table_schema = DATABASE() AND data_type IN ('char','varchar','tinytext','text','mediumtext','longtext',"
                    + "'json','enum','set') ORDER BY table_name, column_name").getResultList();
            assertTrue(columns.size() > 100, "the scan reads the whole schema: " + columns.size());
            List<String> found = new ArrayList<>();
            for (Object[] c : columns) {
                for (String needle : needles) {
                    // tokens are kept in a binary ASCII collation: compare every column as utf8mb4 text
                    Number n = (Number) db.em().createNativeQuery("SELECT COUNT(*) FROM `" + c[0] + "` WHERE CONVERT(`" + c[1]
                            + "` USING utf8mb4) LIKE ?1").setParameter(1, "%" + needle + "%").getSingleResult();
                    if (n.longValue() > 0) {
                        found.add(c[0] + "." + c[1] + " '" + needle + "'");
                    }
                }
            }
            return found;
        });
    }

    /** This agency's import reports, as text. */
    @SuppressWarnings("unchecked")
    private String reports() throws Exception {
        List<Object> files = db.in(() -> db.em().createNativeQuery("SELECT report_csv FROM import_report WHERE tenant_id = ?1")
                .setParameter(1, db.tenant()).getResultList());
        StringBuilder all = new StringBuilder();
        for (Object f : files) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream((byte[]) f))) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private static byte[] gzip(String text) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
