package io.relance.application.sequence;

import io.relance.application.common.Refused;
import io.relance.application.contacts.BulkContactService;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactService;
import io.relance.application.contacts.Selection;
import io.relance.application.contacts.SuppressionList;
import io.relance.application.imports.ImportService;
import io.relance.application.imports.ImportWriter;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.QueueItem;
import io.relance.application.mail.Unsubscribes;
import io.relance.application.sms.SmsInbound;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.contact.ContactInput;
import io.relance.domain.contact.Withdrawn;
import io.relance.domain.imports.DuplicatePolicy;
import io.relance.domain.imports.ImportMode;
import io.relance.domain.imports.ImportReport;
import io.relance.domain.imports.ImportTarget;
import io.relance.domain.sequence.Outcome;
import io.relance.it.Deployments;
import io.relance.it.Drain;
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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every way of saying no ends everything, in every campaign, at once: Zoé has calls today in two
 * campaigns, her anchor SMS and emails wait in the outbox; whatever says no (the contact form or
 * the API, a bulk action on ticked ids or on a filtered list, an import, a call, an SMS STOP, the
 * unsubscribe link, an erasure), her calls leave Léa's day, the engine's steps for her are
 * dropped, her SMS (and, but for do-not-call, her emails) are withdrawn, and a card left open
 * refuses the outcome. Marc, followed up alongside, keeps everything.
 */
@ExtendWith(ArquillianExtension.class)
class DoNotCallStopsEverythingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(DoNotCallStopsEverythingIT.class, SaidNoFixture.class, MondayLaunch.class, TenantSql.class,
                RunAsChef.class, InTenant.class, Drain.class);
    }

    @Inject
    SaidNoFixture f;

    @Inject
    MondayLaunch monday;

    @Inject
    RunAsChef chef;

    @Inject
    ContactService contacts;

    @Inject
    BulkContactService bulk;

    @Inject
    ImportService imports;

    @Inject
    ImportWriter importWriter;

    @Inject
    CallQueue queue;

    @Inject
    io.relance.application.campaigns.CampaignService campaigns;

    @Inject
    io.relance.application.campaigns.TargetingService targeting;

    @Inject
    SmsInbound smsInbound;

    @Inject
    Unsubscribes unsubscribes;

    @Inject
    io.relance.application.contacts.ContactMerges merges;

    TenantSql db;
    long staleTask;

    @BeforeEach
    void zoeHasCallsTodayInTwoCampaigns() throws Exception {
        db = f.launchTwoCampaigns();
        List<QueueItem> day = f.leasDay();
        assertEquals(2, day.stream().filter(c -> c.contactId() == f.zoe).map(QueueItem::campaignId).distinct().count(),
                "Zoé is called today in both campaigns: " + day);
        staleTask = day.stream().filter(c -> c.contactId() == f.zoe && c.isOpen()).findFirst().orElseThrow().taskId();
        assertEquals(2L, db.count("SELECT COUNT(*) FROM sms_outbox m JOIN enrolment e ON e.id = m.enrolment_id "
                + "WHERE m.tenant_id = ?1 AND e.contact_id = " + f.zoe + " AND m.status = 'PENDING'"), "her two anchor SMS wait");
        assertEquals(2L, waiting("mail_outbox m", f.zoe), "her two release emails wait");
    }

    @AfterEach
    void clockBack() {
        f.clockBack();
    }

    @Test
    void theContactFormOrTheApi() throws Exception {
        Withdrawn ended = asChef(() -> contacts.update(f.zoe, zoe("true", "Demande du journaliste", "false"), null));
        assertEquals(2, ended.sequences());
        assertEquals(2, ended.sms());
        everythingStopped(false, "Ne pas appeler : Demande du journaliste");
    }

    @Test
    void aBulkActionOnTickedContacts() throws Exception {
        asChef(() -> bulk.markDoNotCall(Selection.of(List.of(f.zoe)), "Liste rouge"));
        everythingStopped(false, "Ne pas appeler : Liste rouge");
    }

    @Test
    void aBulkActionOnAWholeFilteredList() throws Exception {
        ContactQuery notYetMarked = new ContactQuery("Alpha", null, null, null, null, null, null, false, ContactQuery.Sort.NAME, true);
        asChef(() -> bulk.markDoNotCall(Selection.matching(notYetMarked), "Liste rouge"));
        everythingStopped(false, "Ne pas appeler : Liste rouge");
    }

    @Test
    void anImportThatUpdatesTheContact() throws Exception {
        String csv = "Prénom;Nom;Email;Opposition\nZoé;Alpha;zoe@" + f.tenant + ".test;oui\n";
        // the import's own transaction, as its background runner starts it once the file is read and planned
        long report = asChef(() -> {
            var upload = imports.read("maj.csv", csv.getBytes(StandardCharsets.UTF_8), ImportTarget.CONTACTS);
            var plan = imports.plan(upload, upload.mapping(), DuplicatePolicy.UPDATE);
            long id = importWriter.open(new ImportReport(ImportTarget.CONTACTS, "maj.csv", "chef@x.fr", ImportMode.VALID_ROWS,
                    DuplicatePolicy.UPDATE, plan.size(), Instant.now()));
            importWriter.write(id, ImportTarget.CONTACTS, plan, ImportMode.VALID_ROWS, Locale.FRENCH);
            return id;
        });
        assertEquals("DONE", db.text("SELECT status FROM import_report WHERE tenant_id = ?1 AND id = " + report));
        assertEquals("1", db.text("SELECT updated_count FROM import_report WHERE tenant_id = ?1 AND id = " + report));
        everythingStopped(true, "Import : ne pas appeler ou ne plus relancer");
    }

    @Test
    void aCallWhereThePersonAsksNotToBeFollowedUp() throws Exception {
        long otherCampaignTask = f.leasDay().stream().filter(c -> c.contactId() == f.zoe && c.taskId() != staleTask && c.isOpen())
                .findFirst().orElseThrow().taskId();
        asChef(() -> queue.log(otherCampaignTask, Outcome.OPT_OUT, null));
        everythingStopped(true, "Demandé lors d'un appel");
    }

    @Test
    void anSmsStop() throws Exception {
        smsInbound.reply(f.tenant, "+33611111111", "STOP");
        everythingStopped(true, "STOP par SMS");
    }

    @Test
    void theUnsubscribeLinkOfAnEmail() throws Exception {
        String token = db.text("SELECT MIN(unsubscribe_token) FROM mail_outbox WHERE tenant_id = ?1 AND contact_id = " + f.zoe);
        assertTrue(unsubscribes.optOut(token).orElseThrow().optedOut());
        everythingStopped(true, "Lien de désinscription (email)");
    }

    @Test
    void anErasure() throws Exception {
        asChef(() -> {
            contacts.erase(f.zoe);
            return null;
        });
        everythingStopped(true, "Effacement RGPD");
        assertEquals(2L, db.count("SELECT COUNT(*) FROM suppression WHERE tenant_id = ?1"), "her email and mobile, as fingerprints");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM suppression WHERE tenant_id = ?1 AND (hash LIKE '%zoe%' OR hash LIKE '%3361%')"));
        // typed again later: the person arrives opted out
        long again = asChef(() -> contacts.create(zoe("false", null, "false"), false));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE AND id = " + again));
        assertEquals(SuppressionList.LISTED, db.text("SELECT opted_out_reason FROM contact WHERE tenant_id = ?1 AND id = " + again));
        assertEquals(2L, asChef(() -> contacts.countSuppressions()));
        // another agency: its own list, empty; the same person arrives there as anyone would
        String other = "no-other-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        monday.agency(other, "Agence Autre", "lea@y.fr");
        assertEquals(0L, InTenant.run(other, () -> chef.call(() -> contacts.countSuppressions())));
        long there = InTenant.run(other, () -> chef.call(() -> contacts.create(zoe("false", null, "false"), false)));
        assertEquals(0L, db.use(other).count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE AND id = " + there),
                "each agency's suppression list is its own");
    }

    /**
     * People first (issue 18 §2): a second card for Zoé, typed before the address book refused
     * duplicates, on which she had asked not to be followed up. Merged into the card her campaigns
     * follow, whatever the person keeps of it, her "no" is hers: nothing reaches her any more.
     */
    @Test
    void aMergeWithACopyOnWhichThePersonHadOptedOut() throws Exception {
        db.in(() -> {
            db.sql("INSERT INTO contact (tenant_id, first_name, last_name, email, opted_out, opted_out_at, opted_out_reason, "
                    + "created_at, updated_at) VALUES (?1, 'Zoé', 'Alpha', 'zoe.alpha@perso.test', TRUE, NOW(3), "
                    + "'Ne plus me relancer', NOW(3), NOW(3))");
            return null;
        });
        long copy = db.count("SELECT MAX(id) FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        asChef(() -> merges.merge(f.zoe, copy, java.util.EnumSet.noneOf(io.relance.domain.contact.MergeField.class)));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE AND id = " + f.zoe));
        everythingStopped(true, "Fusion de doublons : ne pas appeler ou ne plus relancer");
    }

    @Test
    void aWrongNumberIsKeptFlaggedAndDatedAndLeavesThePersonOutOfTargetingUntilAnotherIsEntered() throws Exception {
        asChef(() -> queue.log(staleTask, Outcome.WRONG_NUMBER, null));
        var card = asChef(() -> contacts.card(f.zoe));
        assertEquals("+33611111111", card.wrongNumber(), "the number is kept, flagged");
        assertEquals(SaidNoFixture.TUESDAY, card.wrongNumberAt(), "and dated");
        assertTrue(card.details().mobile() != null, "the number stays on the card");
        long draft = asChef(() -> {
            long id = campaigns.create(new CampaignDraft(campaigns.createClient("Marque 3"), CampaignKind.PRESS_RELEASE,
                    "Troisième", null, null, java.time.LocalDate.of(2026, 11, 30), null, null, null, null));
            targeting.addFiltered(id, ContactQuery.all());
            return id;
        });
        assertEquals(java.util.Map.of("ACTIVE_SEQUENCE", 1L, "WRONG_NUMBER", 1L), asChef(() -> targeting.summary(draft)).excluded(),
                "Zoé is left out as « faux numéro » (Marc is still followed up elsewhere)");
        asChef(() -> contacts.update(f.zoe, new ContactInput(null, "Zoé", "Alpha", null, null, null, null, null, "+33699999999",
                "zoe@" + f.tenant + ".test", null, null, null, null, null, null, null, null, null, "false", null, "false", null), null));
        assertEquals(null, asChef(() -> contacts.card(f.zoe)).wrongNumber(), "a new number lifts the flag");
        assertFalse(asChef(() -> targeting.summary(draft)).excluded().containsKey("WRONG_NUMBER"));
    }

    /** Zoé's calls, steps, SMS (and emails) are gone; a stale card refuses; Marc keeps everything. */
    private void everythingStopped(boolean emailsToo, String reason) throws Exception {
        List<QueueItem> day = f.leasDay();
        assertTrue(day.stream().noneMatch(c -> c.contactId() == f.zoe), "no call to Zoé left in Léa's day: " + day);
        assertEquals(2, day.stream().filter(c -> c.contactId() == f.marc).map(QueueItem::campaignId).distinct().count(),
                "Marc is still called in both campaigns");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND contact_id = " + f.zoe
                + " AND status IN ('SCHEDULED','ACTIVE','CALLBACK')"), "her sequences are closed");
        assertEquals(reason, db.text("SELECT MAX(closed_reason) FROM enrolment WHERE tenant_id = ?1 AND contact_id = " + f.zoe));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.id = t.enrolment_id WHERE t.tenant_id = ?1 "
                + "AND e.contact_id = " + f.zoe + " AND t.status IN ('PLANNED','OPEN')"), "her open calls are cancelled");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM due_step s JOIN call_task t ON t.id = s.ref_id JOIN enrolment e "
                + "ON e.id = t.enrolment_id WHERE s.tenant_id = ?1 AND s.kind IN ('SLOT_OPEN','SLOT_CLOSE','CALLBACK_DUE') "
                + "AND e.contact_id = " + f.zoe + " AND s.status = 'PENDING'") + db.count("SELECT COUNT(*) FROM due_step s "
                + "JOIN enrolment e ON e.id = s.ref_id WHERE s.tenant_id = ?1 AND s.kind IN ('DAY_END','SEQUENCE_END') "
                + "AND e.contact_id = " + f.zoe + " AND s.status = 'PENDING'"), "the engine has nothing left to do for her");
        assertTrue(db.count("SELECT COUNT(*) FROM due_step s JOIN enrolment e ON e.id = s.ref_id WHERE s.tenant_id = ?1 "
                + "AND s.kind = 'SEQUENCE_END' AND e.contact_id = " + f.marc + " AND s.status = 'PENDING'") > 0, "Marc's go on");
        assertEquals(2L, db.count("SELECT COUNT(*) FROM sms_outbox m JOIN enrolment e ON e.id = m.enrolment_id "
                + "WHERE m.tenant_id = ?1 AND e.contact_id = " + f.zoe + " AND m.status = 'WITHDRAWN'"), "her SMS are withdrawn");
        assertEquals(2L, db.count("SELECT COUNT(*) FROM sms_outbox m JOIN enrolment e ON e.id = m.enrolment_id "
                + "WHERE m.tenant_id = ?1 AND e.contact_id = " + f.marc + " AND m.status IN ('PENDING','SENDING')"), "Marc's still wait");
        if (emailsToo) {
            assertEquals(0L, waiting("mail_outbox m", f.zoe), "no email to her waits any more");
            assertEquals(2L, db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND contact_id = " + f.zoe
                    + " AND status = 'WITHDRAWN'"));
        } else {
            assertEquals(2L, waiting("mail_outbox m", f.zoe), "do-not-call stops calls and SMS, not the release by email");
        }
        assertEquals(2L, waiting("mail_outbox m", f.marc));

        // a card left open in another tab: neither shown nor logged
        Refused card = assertThrows(Refused.class, () -> asChef(() -> queue.card(staleTask)));
        assertEquals("call.saidNo", card.problems().get(0).key());
        long attempts = db.count("SELECT COUNT(*) FROM attempt WHERE tenant_id = ?1 AND contact_id = " + f.zoe);
        AttemptException late = assertThrows(AttemptException.class, () -> asChef(() -> queue.log(staleTask, Outcome.NO_ANSWER, null)));
        assertEquals("attempt.saidNo", late.key());
        assertEquals(attempts, db.count("SELECT COUNT(*) FROM attempt WHERE tenant_id = ?1 AND contact_id = " + f.zoe), "nothing logged");

        // the next day: the engine plans nothing for her, nothing leaves for her
        f.drainAt(Instant.parse("2026-11-25T08:40:00Z"));
        assertTrue(f.leasDayAndAhead().stream().noneMatch(c -> c.contactId() == f.zoe), "nor tomorrow");
        assertTrue(f.leasDay().stream().anyMatch(c -> c.contactId() == f.marc), "Marc is called on day 2");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM sms_outbox m JOIN enrolment e ON e.id = m.enrolment_id WHERE m.tenant_id = ?1 "
                + "AND e.contact_id = " + f.zoe + " AND m.status NOT IN ('WITHDRAWN')"), "no SMS for her, ever");
    }

    private long waiting(String table, long contact) {
        return db.count("SELECT COUNT(*) FROM " + table + " WHERE m.tenant_id = ?1 AND m.contact_id = " + contact
                + " AND m.status IN ('PENDING','SENDING')");
    }

    private ContactInput zoe(String doNotCall, String reason, String optedOut) {
        return new ContactInput(null, "Zoé", "Alpha", null, null, null, null, null, "+33611111111", "zoe@" + f.tenant + ".test",
                null, null, null, null, null, null, null, null, null, doNotCall, reason, optedOut, null);
    }

    private <T> T asChef(java.util.concurrent.Callable<T> work) {
        return InTenant.run(f.tenant, () -> chef.call(work));
    }
}
