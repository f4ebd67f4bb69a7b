package io.relance.application.imports;

import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.Civility;
import io.relance.domain.contact.ContactDetails;
import io.relance.domain.contact.LegalBasis;
import io.relance.domain.contact.OutletDetails;
import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Problem;
import io.relance.domain.contact.Tier;
import io.relance.domain.imports.PlannedRow;
import io.relance.domain.imports.PlannedRow.Action;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18 §3: the plan goes to disk as it is decided and comes back a page, or a pass, at a time. */
class PlanSpoolTest {

    private static ContactDetails contact(int i) {
        return new ContactDetails(Civility.MME, "Marie" + i, "Curie", "Sciences", "Le Monde", "Tech, Santé", Tier.A,
                null, "+3361234" + String.format("%04d", i % 10_000), "marie" + i + "@x.fr", "Europe/Paris", null, "fr", null,
                "Prix Nobel, \"deux fois\" ; accents é à ü", null, LegalBasis.CONSENT, LocalDate.of(2025, 3, 1), "salon",
                false, null, i % 2 == 0, i % 2 == 0 ? "demandé" : null);
    }

    private static PlannedRow row(int i) {
        if (i % 10 == 3) {
            return new PlannedRow(i + 2, Action.REJECT, "Ligne " + i, null, null, null, null, null,
                    List.of(new Problem("email", "contact.email.invalid", "pas-un-mail"), new Problem("name", "contact.name.required")));
        }
        OutletDetails outlet = new OutletDetails("Le Monde", OutletType.PRESSE_ECRITE, Periodicity.QUOTIDIEN,
                new ClosingDay(DayOfWeek.TUESDAY, null), null, Tier.B, null);
        Long known = i % 10 == 5 ? 1000L + i : null;
        return new PlannedRow(i + 2, known == null ? Action.CREATE : Action.SKIP, "Marie" + i + " Curie — Le Monde",
                contact(i), outlet, known, null, known == null ? null : "email", List.of());
    }

    @Test
    void everyComponentOfAPlannedRowComesBackFromItsBytes() {
        PlannedRow warned = new PlannedRow(9, Action.CREATE, "Marie", contact(9), null, null, null, null, List.of(),
                List.of(new Problem("outletType", "import.value.unknown", "Site")));
        for (PlannedRow row : List.of(row(0), row(3), row(5), warned)) {
            assertEquals(row, PlanSpool.CODEC.decode(PlanSpool.CODEC.encode(row)));
        }
    }

    @Test
    void aSpooledPlanIsPagedFilteredAndReadThroughInOrder() throws Exception {
        PlanSpool spool = new PlanSpool();
        for (int i = 0; i < 25_000; i++) {
            spool.add(row(i));
        }
        // a later duplicate completes line 0 (the analyzer reads it back, then replaces it)
        assertEquals(row(0), spool.get(0));
        PlannedRow completed = new PlannedRow(2, Action.CREATE, "Marie0 Curie — Le Monde",
                contact(0).overlay(contact(7)), row(0).outlet(), null, null, null, List.of());
        spool.set(0, completed);
        spool.add(new PlannedRow(25_002, Action.UPDATE, "Marie0 bis", null, null, null, 2, "email", List.of()));
        SpooledPlan plan = spool.finish();
        try {
            assertEquals(25_001, plan.size());
            assertEquals(2_500, plan.count(Action.REJECT));
            assertEquals(2_500, plan.count(Action.SKIP));
            assertEquals(1, plan.count(Action.UPDATE));
            assertEquals(20_000, plan.count(Action.CREATE));
            assertEquals(2_501, plan.count(SpooledPlan.Show.DUPLICATE));

            assertEquals(completed, plan.page(SpooledPlan.Show.ALL, 0, 20).get(0), "the replaced row is read, not the first one");
            assertEquals(row(12_345), plan.page(SpooledPlan.Show.ALL, 12_345, 20).get(0));
            assertEquals(List.of(row(13), row(23)), plan.page(SpooledPlan.Show.REJECT, 1, 2));
            assertEquals(25_002, plan.page(SpooledPlan.Show.DUPLICATE, 2_500, 20).get(0).line());
            assertTrue(plan.page(SpooledPlan.Show.ALL, 25_001, 20).isEmpty());

            List<PlannedRow> all = new ArrayList<>();
            plan.forEach(all::add);
            assertEquals(25_001, all.size());
            assertEquals(completed, all.get(0));
            assertEquals(row(24_999), all.get(24_999), "the read goes on after the replaced row");

            ByteArrayOutputStream session = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(session)) {
                out.writeObject(plan);
            }
            assertTrue(session.size() < 2_000, "the page's session holds " + session.size() + " bytes, not the plan");
        } finally {
            plan.delete();
        }
        assertFalse(Files.exists(Path.of(plan.rows())));
        assertFalse(Files.exists(Path.of(plan.index())));
    }

    @Test
    void theWizardKeepsAHandleOfTheUploadNotItsLines() throws Exception {
        StringBuilder csv = new StringBuilder("Nom;Prénom;Email\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("Nom").append(i).append(";Jo;jo").append(i).append("@x.fr\n");
        }
        Path file = ImportFiles.of(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            var table = io.relance.domain.imports.TableFile.open("c.csv", file, io.relance.domain.imports.ImportTarget.CONTACTS);
            Upload upload = new Upload("c.csv", io.relance.domain.imports.ImportTarget.CONTACTS, table, 100_000,
                    List.of("Nom0 · Nom1 · Nom2", "Jo · Jo · Jo", "jo0@x.fr · jo1@x.fr · jo2@x.fr"),
                    io.relance.domain.imports.ColumnMapping.guess(table.headers(), io.relance.domain.imports.ImportTarget.CONTACTS), null);
            ByteArrayOutputStream session = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(session)) {
                out.writeObject(upload);
            }
            assertTrue(session.size() < 4_000, "a 2.5 MB file is " + session.size() + " bytes in the session");
        } finally {
            ImportFiles.delete(file);
        }
    }

    @Test
    void filesLeftBehindAreSweptADayLater() throws Exception {
        Path stale = ImportFiles.create("upload-");
        Path fresh = ImportFiles.create("upload-");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(25, ChronoUnit.HOURS)));
        try {
            assertTrue(ImportFiles.sweep(Instant.now().minus(ImportFiles.STALE)) >= 1);
            assertFalse(Files.exists(stale));
            assertTrue(Files.exists(fresh), "a file of the day is someone's wizard");
        } finally {
            ImportFiles.delete(stale, fresh);
        }
    }

    @Test
    void anAnnouncedUploadOverTheLimitIsRefusedBeforeAByteIsRead() throws Exception {
        ImportFileException e = org.junit.jupiter.api.Assertions.assertThrows(ImportFileException.class,
                () -> ImportFiles.receive(new java.io.ByteArrayInputStream(new byte[10]), (long) io.relance.domain.imports.ImportLimits.MAX_BYTES + 1));
        assertEquals("import.file.tooLarge", e.key());
        Path received = ImportFiles.receive(new java.io.ByteArrayInputStream("Nom\nCurie\n".getBytes()), null);
        try {
            assertEquals("Nom\nCurie\n", Files.readString(received));
            assertTrue(received.getFileName().toString().startsWith("upload-"), "a name of ours, not the request's");
        } finally {
            ImportFiles.delete(received);
        }
    }
}
