package io.relance.application.contacts;

import io.relance.application.common.NotFoundException;
import io.relance.application.mail.MailAgencyFixture;
import io.relance.domain.contact.ContactInput;
import io.relance.domain.contact.MergeField;
import io.relance.it.Agencies;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.RunAsStagiaire;
import io.relance.it.TenantSql;
import io.relance.it.Tokens;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import static io.relance.it.Agencies.id;
import static io.relance.it.Agencies.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One person, one contact (issue 18 §2) on the real stack. The agency of {@link MailAgencyFixture}
 * (Zoé, Marc, Paul followed up in one launched campaign, Anne opted out): a second card for an email
 * or mobile is refused by the service and the API with the existing card's id, and by the database
 * itself; a merge moves every piece of history and keeps a "no" said to either card, is recorded,
 * and is 404 from another agency and 403 to a stagiaire; a journalist who moves keeps their former
 * outlets.
 */
@ExtendWith(ArquillianExtension.class)
class DuplicatesIT {

    static final String PASSWORD = "Doublons2026x";
    static final String DEMO_PASSWORD = "demo-password-1";

    @Deployment
    static WebArchive deployment() throws java.io.IOException {
        return MailAgencyFixture.deployment(DuplicatesIT.class);
    }

    @Inject
    MailAgencyFixture mail;

    @Inject
    ContactService contacts;

    @Inject
    ContactMerges merges;

    @Inject
    RunAsChef chef;

    @Inject
    io.relance.application.imports.ImportService imports;

    @Inject
    io.relance.application.imports.ImportWriter importWriter;

    @Inject
    RunAsStagiaire stagiaire;

    TenantSql db;
    long zoe;
    long marc;
    long anne;

    void agency() throws Exception {
        db = mail.launchedWithTheReleaseByEmail();
        zoe = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        marc = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Marc'");
        anne = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Anne'");
    }

    @AfterEach
    void stop() {
        if (mail != null && db != null) {
            mail.stop();
        }
    }

    @Test
    void theServiceRefusesASecondCardForAnEmailOrAMobileAndWarnsOfAHomonym() throws Exception {
        agency();
        long before = db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1");
        DuplicateContactException byEmail = assertThrows(DuplicateContactException.class,
                () -> asChef(() -> contacts.create(input("Zoé", "Autrement", null, "ZOE@" + mail.domain(), null), false)));
        assertEquals(zoe, byEmail.existingId(), "the existing card's id");
        assertEquals("email", byEmail.matchedOn());
        assertFalse(byEmail.confirmable(), "an email is one person: no saving past it");
        assertEquals("Zoé Alpha", byEmail.existingName());
        DuplicateContactException byMobile = assertThrows(DuplicateContactException.class,
                () -> asChef(() -> contacts.create(input("Z.", "Alpha", null, null, "06 11 11 11 11"), false, true)));
        assertEquals(zoe, byMobile.existingId());
        assertEquals("mobile", byMobile.matchedOn());
        DuplicateContactException edit = assertThrows(DuplicateContactException.class,
                () -> asChef(() -> contacts.update(marc, input("Marc", "Bravo", null, "zoe@" + mail.domain(), "+33622222222"), null)));
        assertEquals(zoe, edit.existingId(), "an edit that takes another card's email is refused too");
        assertEquals(before, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1"), "nothing was written");

        long jean = asChef(() -> contacts.create(input("Jean", "Dupont", "Le Canard", "jean@canard.fr", null), false));
        DuplicateContactException homonym = assertThrows(DuplicateContactException.class,
                () -> asChef(() -> contacts.create(input("jean", "DUPONT", "le canard", "jean.dupont@gmail.com", null), false)));
        assertEquals(jean, homonym.existingId());
        assertEquals("nameOutlet", homonym.matchedOn());
        assertTrue(homonym.confirmable(), "homonyms exist: the person may say it is someone else");
        long other = asChef(() -> contacts.create(input("jean", "DUPONT", "le canard", "jean.dupont@gmail.com", null), false, true));
        assertTrue(other != jean);
        assertEquals(1L, asChef(() -> merges.countDuplicates()), "the confirmed homonym shows in the possible duplicates");
    }

    @Test
    void theDatabaseHoldsOneEmailAndOneMobilePerAgency() throws Exception {
        agency();
        long jean = asChef(() -> contacts.create(input("Jean", "Dupont", null, "jean@canard.fr", "06 55 55 55 55"), false));
        assertEquals("jean@canard.fr", db.text("SELECT unique_email FROM contact WHERE tenant_id = ?1 AND id = " + jean));
        for (String column : new String[]{"unique_email", "unique_mobile"}) {
            String value = column.equals("unique_email") ? "jean@canard.fr" : "+33655555555";
            Exception refused = assertThrows(Exception.class, () -> db.in(() -> {
                db.sql("INSERT INTO contact (tenant_id, last_name, " + column + ", created_at, updated_at) "
                        + "VALUES (?1, 'Intrus', '" + value + "', NOW(3), NOW(3))");
                return null;
            }));
            assertTrue(causes(refused).contains("uk_contact_tenant_" + column), column + ": " + causes(refused));
        }
        // another agency's contact may have the same address: the keys are per agency
        String elsewhere = mail.otherAgency();
        db.use(elsewhere).in(() -> {
            db.sql("INSERT INTO contact (tenant_id, last_name, unique_email, created_at, updated_at) "
                    + "VALUES (?1, 'Dupont', 'jean@canard.fr', NOW(3), NOW(3))");
            return null;
        });
        assertEquals(1L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND unique_email = 'jean@canard.fr'"));
        db.use(mail.tenant());
    }

    /**
     * Two saves of one address at the same instant both pass the check; the database keeps the first.
     * The second is answered as the check would have (the card that won, 409 in the API), not with a
     * server error. The winner is written here by SQL with its key only, so that the check, which
     * reads the email and mobile, cannot see it: exactly what a save committed meanwhile looks like.
     */
    @Test
    void aSaveThatLosesTheRaceForAnEmailOrMobileIsToldWhichCardWon() throws Exception {
        agency();
        db.in(() -> {
            db.sql("INSERT INTO contact (tenant_id, first_name, last_name, unique_email, created_at, updated_at) "
                    + "VALUES (?1, 'Rapide', 'Premier', 'course@gazette.fr', NOW(3), NOW(3))");
            db.sql("INSERT INTO contact (tenant_id, first_name, last_name, unique_mobile, created_at, updated_at) "
                    + "VALUES (?1, 'Vif', 'Second', '+33677777777', NOW(3), NOW(3))");
            return null;
        });
        long before = db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1");
        DuplicateContactException lost = assertThrows(DuplicateContactException.class,
                () -> asChef(() -> contacts.create(input("Lent", "Dernier", null, "Course@Gazette.fr", null), false)));
        assertEquals("email", lost.matchedOn());
        assertTrue(lost.existingName().contains("Premier"), lost.existingName());
        long marc = asChef(() -> contacts.create(input("Marc", "Lent", null, null, null), false));
        DuplicateContactException edit = assertThrows(DuplicateContactException.class,
                () -> asChef(() -> contacts.update(marc, input("Marc", "Lent", null, null, "06 77 77 77 77"), null)));
        assertEquals("mobile", edit.matchedOn());
        assertTrue(edit.existingName().contains("Second"), edit.existingName());
        assertEquals(before + 1, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1"), "only Marc was created");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND mobile IS NULL AND id = " + marc),
                "Marc's edit was not saved");
    }

    /**
     * Two cards for one address from before the keys (as V34 leaves them: the first holds the key,
     * the keyless one NULL): listed as a pair; once merged the kept card holds the key, and a new card
     * for the address is refused.
     */
    @Test
    void aPairFromBeforeTheKeysIsListedAndMergingItHandsTheKeyToTheKeptCard() throws Exception {
        agency();
        db.in(() -> {
            db.sql("INSERT INTO contact (tenant_id, first_name, last_name, email, mobile, created_at, updated_at) VALUES "
                    + "(?1, 'Léo', 'Ancien', 'leo@gazette.fr', '+33677777777', NOW(3), NOW(3))");
            db.sql("INSERT INTO contact (tenant_id, first_name, last_name, email, unique_email, created_at, updated_at) VALUES "
                    + "(?1, 'Léo', 'Ancien', 'leo@gazette.fr', 'leo@gazette.fr', NOW(3), NOW(3))");
            return null;
        });
        long keyless = db.count("SELECT MIN(id) FROM contact WHERE tenant_id = ?1 AND last_name = 'Ancien'");
        long holder = db.count("SELECT MAX(id) FROM contact WHERE tenant_id = ?1 AND last_name = 'Ancien'");
        List<DuplicatePair> pairs = asChef(() -> merges.duplicates(0, 10));
        assertEquals(1, pairs.size(), pairs.toString());
        assertEquals("email", pairs.get(0).matchedOn(), "the strongest key of the pair");
        assertEquals(keyless, pairs.get(0).firstId());

        asChef(() -> merges.merge(keyless, holder, EnumSet.noneOf(MergeField.class)));
        assertEquals("leo@gazette.fr", db.text("SELECT unique_email FROM contact WHERE tenant_id = ?1 AND id = " + keyless),
                "the kept card holds the address's key now that the copy is gone");
        assertEquals("+33677777777", db.text("SELECT unique_mobile FROM contact WHERE tenant_id = ?1 AND id = " + keyless));
        assertEquals(0L, asChef(() -> merges.countDuplicates()));
        assertEquals(keyless, assertThrows(DuplicateContactException.class,
                () -> asChef(() -> contacts.create(input("Léo", "Nouveau", null, "leo@gazette.fr", null), false))).existingId());
    }

    /** "Créer quand même" in an import: a known email or mobile completes the known card, and the write never breaks a key. */
    @Test
    void anImportThatCreatesDuplicatesCreatesNoSecondCardForAnEmailOrMobile() throws Exception {
        agency();
        long before = db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1");
        String csv = "Prénom;Nom;Email;Mobile;Rubrique\n"
                + "Zoé;Alpha;ZOE@" + mail.domain() + ";;Culture\n"
                + "Marc;Bravo;;06 22 22 22 22;Économie\n"
                + "Jean;Dupont;jean@canard.fr;06 55 55 55 55;\n"
                + "Jean;Dupont bis;JEAN@canard.fr;;Sport\n";
        long report = asChef(() -> {
            var upload = imports.read("doublons.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    io.relance.domain.imports.ImportTarget.CONTACTS);
            var plan = imports.plan(upload, upload.mapping(), io.relance.domain.imports.DuplicatePolicy.CREATE);
            long id = importWriter.open(new io.relance.domain.imports.ImportReport(io.relance.domain.imports.ImportTarget.CONTACTS,
                    "doublons.csv", "chef@x.fr", io.relance.domain.imports.ImportMode.VALID_ROWS,
                    io.relance.domain.imports.DuplicatePolicy.CREATE, plan.size(), java.time.Instant.now()));
            importWriter.write(id, io.relance.domain.imports.ImportTarget.CONTACTS, plan, io.relance.domain.imports.ImportMode.VALID_ROWS,
                    java.util.Locale.FRENCH);
            return id;
        });
        assertEquals("DONE", db.text("SELECT status FROM import_report WHERE tenant_id = ?1 AND id = " + report));
        assertEquals("1", db.text("SELECT created_count FROM import_report WHERE tenant_id = ?1 AND id = " + report), "Jean only");
        assertEquals(before + 1, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1"));
        assertEquals("Culture", db.text("SELECT beat FROM contact WHERE tenant_id = ?1 AND id = " + zoe), "Zoé's card was completed");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND unique_email = 'jean@canard.fr' "
                + "AND unique_mobile = '+33655555555' AND beat = 'Sport'"), "Jean's two lines are one card, holding its keys");
    }

    @Test
    void aMergeMovesEveryPieceOfHistoryKeepsEitherNoIsRecordedAndIsTheAgencysAlone() throws Exception {
        agency();
        long campaign = db.count("SELECT id FROM campaign WHERE tenant_id = ?1");
        long marcSequence = db.count("SELECT id FROM enrolment WHERE tenant_id = ?1 AND contact_id = " + marc);
        db.in(() -> {
            db.sql("INSERT INTO attempt (tenant_id, enrolment_id, campaign_id, contact_id, outcome, day_no, slot_no, made_at) "
                    + "VALUES (?1, " + marcSequence + ", " + campaign + ", " + marc + ", 'NO_ANSWER', 1, 1, NOW(3))");
            db.sql("INSERT INTO coverage (tenant_id, campaign_id, contact_id, published_on, title, kind, tone, created_at) "
                    + "VALUES (?1, " + campaign + ", " + marc + ", '2026-11-25', 'L''hiver de Marc', 'ARTICLE', 'POSITIVE', NOW(3))");
            db.sql("INSERT INTO qualification (tenant_id, campaign_id, enrolment_id, contact_id, decision_maker, feeling, "
                    + "rules_priority, priority, reasons, qualified_at) VALUES (?1, " + campaign + ", " + marcSequence + ", " + marc
                    + ", 'YES', 3, 'MEDIUM', 'MEDIUM', '', NOW(3))");
            db.sql("UPDATE contact SET do_not_call = TRUE, do_not_call_at = NOW(3), do_not_call_reason = 'Standard' "
                    + "WHERE tenant_id = ?1 AND id = " + marc);
            return null;
        });
        long tasks = tasksOf(zoe) + tasksOf(marc);
        long emails = db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND contact_id IN (" + zoe + ", " + marc + ")");
        assertTrue(tasks > 0 && emails == 2, tasks + " calls, " + emails + " emails");

        // from another agency, or as a stagiaire: nothing
        String elsewhere = mail.otherAgency();
        assertThrows(NotFoundException.class, () -> InTenant.run(elsewhere, () -> chef.call(
                () -> merges.merge(zoe, marc, EnumSet.noneOf(MergeField.class)))));
        assertThrows(NotFoundException.class, () -> InTenant.run(elsewhere, () -> chef.call(() -> contacts.formerOutlets(zoe))));
        assertEquals(0L, InTenant.run(elsewhere, () -> chef.call(() -> merges.countDuplicates())));
        assertThrows(EJBAccessException.class, () -> InTenant.run(mail.tenant(), () -> stagiaire.call(
                () -> merges.merge(zoe, marc, EnumSet.noneOf(MergeField.class)))));
        assertEquals(2L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND id IN (" + zoe + ", " + marc + ")"));

        asChef(() -> merges.merge(zoe, marc, EnumSet.of(MergeField.EMAIL)));

        assertEquals(0L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND id = " + marc), "the copy is gone");
        assertEquals("marc@" + mail.domain(), db.text("SELECT email FROM contact WHERE tenant_id = ?1 AND id = " + zoe),
                "the value picked from the other card");
        assertEquals("marc@" + mail.domain(), db.text("SELECT unique_email FROM contact WHERE tenant_id = ?1 AND id = " + zoe));
        assertEquals("Zoé", db.text("SELECT first_name FROM contact WHERE tenant_id = ?1 AND id = " + zoe), "the rest stays the kept card's");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND contact_id = " + zoe),
                "one sequence per campaign: the two were folded into one");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM attempt WHERE tenant_id = ?1 AND contact_id = " + zoe), "the call moved");
        assertEquals(tasks, tasksOf(zoe), "the planned calls moved");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM coverage WHERE tenant_id = ?1 AND contact_id = " + zoe));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM qualification WHERE tenant_id = ?1 AND contact_id = " + zoe));
        assertEquals(emails, db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND contact_id = " + zoe));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM attempt WHERE tenant_id = ?1 AND contact_id = " + marc)
                + db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND contact_id = " + marc)
                + db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND contact_id = " + marc), "nothing points at the copy");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND do_not_call = TRUE AND id = " + zoe),
                "the copy's do-not-call is the person's");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id "
                + "WHERE t.tenant_id = ?1 AND e.contact_id = " + zoe + " AND t.status IN ('PLANNED','OPEN')"), "so nobody calls her");
        assertEquals("Marc Bravo", db.text("SELECT removed_name FROM contact_merge WHERE tenant_id = ?1 AND kept_id = " + zoe));
        assertEquals("marc@" + mail.domain(), db.text("SELECT removed_email FROM contact_merge WHERE tenant_id = ?1 AND kept_id = " + zoe));
        assertTrue(db.text("SELECT choices FROM contact_merge WHERE tenant_id = ?1 AND kept_id = " + zoe).startsWith("EMAIL=marc@"));
        assertTrue(db.text("SELECT created_at FROM contact_merge WHERE tenant_id = ?1 AND kept_id = " + zoe) != null);

        // Anne had opted out: merged into Zoé, the opt-out wins and her emails stop too
        asChef(() -> merges.merge(zoe, anne, EnumSet.noneOf(MergeField.class)));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE AND id = " + zoe));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND contact_id = " + zoe
                + " AND status IN ('PENDING','SENDING')"), "no email waits for her");
        assertEquals(2L, asChef(() -> merges.merges(zoe)).size(), "both merges are on record");
        String access = asChef(() -> contacts.personalData(zoe)).get("mergedCards").toString();
        assertTrue(access.contains("marc@" + mail.domain()) && access.contains("Anne Delta"),
                "an access request lists what the merged cards held: " + access);
    }

    @Test
    void aJournalistWhoChangesOutletKeepsTheirFormerOutlets() throws Exception {
        agency();
        asChef(() -> contacts.update(zoe, input("Zoé", "Alpha", "Le Canard", "zoe@" + mail.domain(), "+33611111111"), null));
        assertEquals(List.of(), asChef(() -> contacts.formerOutlets(zoe)), "her first outlet is not a former one");
        asChef(() -> contacts.update(zoe, input("Zoé", "Alpha", "Libération", "zoe@" + mail.domain(), "+33611111111"), null));
        asChef(() -> contacts.update(zoe, input("Zoé", "Alpha", "Libération", "zoe@" + mail.domain(), "+33611111111"), null));
        List<FormerOutletRow> former = asChef(() -> contacts.formerOutlets(zoe));
        assertEquals(List.of("Le Canard"), former.stream().map(FormerOutletRow::outletName).toList(), "saving again changes nothing");
        assertTrue(former.get(0).from() != null && !former.get(0).until().isBefore(former.get(0).from()), former.toString());
    }

    @Test
    @RunAsClient
    void theApiAnswers409WithTheExistingCardMergesAnd404ElsewhereAnd403ToAStagiaire() throws Exception {
        String owner = Tokens.accessToken(Agencies.signUp(Agencies.slug("doublons"), PASSWORD), PASSWORD);
        long claire = id(Tokens.postJson("/api/contacts", owner, claire("Claire", "Le Monde", "claire@lemonde.fr", "06 12 34 56 78")).body());
        HttpResponse<String> sameEmail = Tokens.postJson("/api/contacts", owner, claire("Clara", "", "CLAIRE@lemonde.fr", ""));
        assertEquals(409, sameEmail.statusCode(), sameEmail.body());
        assertEquals(claire, number(sameEmail.body(), "existingId"));
        assertTrue(sameEmail.body().contains("\"matchedOn\":\"email\""), sameEmail.body());
        HttpResponse<String> sameMobile = Tokens.postJson("/api/contacts?confirmHomonym=true", owner, claire("Clara", "", "", "+33 6 12 34 56 78"));
        assertEquals(409, sameMobile.statusCode(), "a mobile cannot be confirmed past: " + sameMobile.body());
        assertTrue(sameMobile.body().contains("\"matchedOn\":\"mobile\""), sameMobile.body());
        HttpResponse<String> homonym = Tokens.postJson("/api/contacts", owner, claire("claire", "LE MONDE", "c.dubois@gmail.com", ""));
        assertEquals(409, homonym.statusCode(), homonym.body());
        assertTrue(homonym.body().contains("\"confirmable\":true"), homonym.body());
        HttpResponse<String> confirmed = Tokens.postJson("/api/contacts?confirmHomonym=true", owner, claire("claire", "LE MONDE", "c.dubois@gmail.com", ""));
        assertEquals(201, confirmed.statusCode(), confirmed.body());
        long copy = id(confirmed.body());
        assertEquals(409, Tokens.putJson("/api/contacts/" + copy, owner, claire("Claire", "Le Monde", "claire@lemonde.fr", "")).statusCode());

        String pairs = Tokens.get("/api/contacts/duplicates", owner).body();
        assertEquals(1, number(pairs, "total"), pairs);
        assertTrue(pairs.contains("\"secondId\":" + copy) && pairs.contains("nameOutlet"), pairs);

        String demo = Tokens.accessToken("directeur@agence-demo.fr", DEMO_PASSWORD);
        long demoContact = id(Tokens.get("/api/contacts?q=Garnier", demo).body().replaceFirst("(?s).*\"rows\"", ""));
        String merge = "{\"other\":" + copy + ",\"fromOther\":[\"EMAIL\"]}";
        assertEquals(404, Tokens.postJson("/api/contacts/" + claire + "/merge", demo, merge).statusCode(), "another agency's contact");
        assertEquals(404, Tokens.postJson("/api/contacts/" + demoContact + "/merge", demo, merge).statusCode(), "merging a foreign one in");
        assertEquals(404, Tokens.get("/api/contacts/" + claire + "/former-outlets", demo).statusCode());
        String stagiaire = Tokens.accessToken("stagiaire@agence-demo.fr", DEMO_PASSWORD);
        assertEquals(403, Tokens.postJson("/api/contacts/" + demoContact + "/merge", stagiaire, "{\"other\":" + demoContact + "}").statusCode());
        assertEquals(403, Tokens.get("/api/contacts/duplicates", stagiaire).statusCode());
        String demoPairs = Tokens.get("/api/contacts/duplicates", demo).body();
        assertTrue(demoPairs.contains("Camille Roux") && !demoPairs.contains("\"firstId\":" + claire + ","), "the demo's own pair only: " + demoPairs);

        HttpResponse<String> merged = Tokens.postJson("/api/contacts/" + claire + "/merge", owner, merge);
        assertEquals(200, merged.statusCode(), merged.body());
        assertTrue(merged.body().contains("c.dubois@gmail.com"), merged.body());
        assertEquals(404, Tokens.get("/api/contacts/" + copy, owner).statusCode(), "the copy is gone");
        assertEquals(0, number(Tokens.get("/api/contacts/duplicates", owner).body(), "total"));

        assertEquals(200, Tokens.putJson("/api/contacts/" + claire, owner, claire("Claire", "Libération", "c.dubois@gmail.com",
                "06 12 34 56 78")).statusCode());
        String former = Tokens.get("/api/contacts/" + claire + "/former-outlets", owner).body();
        assertTrue(former.contains("Le Monde") && !former.contains("Libération"), former);
    }

    private static String claire(String first, String outlet, String email, String mobile) {
        return "{\"firstName\":\"" + first + "\",\"lastName\":\"Dubois\",\"outletName\":\"" + outlet + "\",\"email\":\"" + email
                + "\",\"mobile\":\"" + mobile + "\"}";
    }

    private long tasksOf(long contact) {
        return db.count("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id "
                + "WHERE t.tenant_id = ?1 AND e.contact_id = " + contact);
    }

    private static ContactInput input(String first, String last, String outlet, String email, String mobile) {
        return new ContactInput(null, first, last, null, outlet, null, null, null, mobile, email, null, null, null, null, null,
                null, null, null, null, "false", null, "false", null);
    }

    private static String causes(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append(" | ");
        }
        return all.toString();
    }

    private <T> T asChef(Callable<T> work) {
        return InTenant.run(mail.tenant(), () -> chef.call(work));
    }
}
