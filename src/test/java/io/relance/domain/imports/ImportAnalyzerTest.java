package io.relance.domain.imports;

import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Problem;
import io.relance.domain.imports.PlannedRow.Action;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportAnalyzerTest {

    private static ImportPlan plan(String csv, Existing existing, DuplicatePolicy policy) throws Exception {
        Tabular t = TabularReader.read("f.csv", csv.getBytes(StandardCharsets.UTF_8), ImportTarget.CONTACTS);
        return ImportAnalyzer.analyze(t, ColumnMapping.guess(t.headers(), ImportTarget.CONTACTS), ImportTarget.CONTACTS,
                "FR", existing, policy);
    }

    @Test
    void aTenPercentMalformedFileRejectsExactlyItsBadLinesWithLineAndReason() throws Exception {
        Tabular t = TabularReader.read("f.csv", TabularReaderTest.resource("ten-percent-malformed.csv"), ImportTarget.CONTACTS);
        ImportPlan plan = ImportAnalyzer.analyze(t, ColumnMapping.guess(t.headers(), ImportTarget.CONTACTS),
                ImportTarget.CONTACTS, "FR", Existing.none(), DuplicatePolicy.SKIP);

        assertEquals(50, plan.rows().size(), "every line of the file is accounted for");
        assertEquals(46, plan.count(Action.CREATE));
        List<PlannedRow> rejected = plan.rows().stream().filter(r -> r.action() == Action.REJECT).toList();
        assertEquals(List.of(6, 13, 24, 46), rejected.stream().map(PlannedRow::line).toList());
        assertEquals(List.of("phone.invalid", "contact.email.invalid", "contact.name.required", "phone.notMobile"),
                rejected.stream().map(r -> r.problems().get(0).key()).toList());
        assertEquals("06 12", rejected.get(0).problems().get(0).value());
        assertEquals(Periodicity.HEBDOMADAIRE, plan.rows().get(0).outlet().periodicity());
        // issue 18: an unknown periodicity no longer rejects the line; it is imported without one, with a warning
        PlannedRow unknownPeriodicity = plan.rows().stream().filter(r -> r.line() == 35).findFirst().orElseThrow();
        assertEquals(Action.CREATE, unknownPeriodicity.action());
        assertNull(unknownPeriodicity.outlet().periodicity());
        assertEquals(List.of(new Problem("outletPeriodicity", "import.value.unknown", "Tous les 36 du mois")),
                unknownPeriodicity.warnings());
    }

    @Test
    void aLineWithSeveralProblemsReportsAllOfThem() throws Exception {
        ImportPlan plan = plan("Nom,Email,Mobile,Tier\n,pas-un-mail,123,Z\n", Existing.none(), DuplicatePolicy.SKIP);
        List<String> keys = plan.rows().get(0).problems().stream().map(Problem::key).toList();
        assertEquals(List.of("contact.name.required", "phone.invalid", "contact.email.invalid"), keys);
        assertEquals("import.value.unknown", plan.rows().get(0).warnings().get(0).key(), "an unknown tier only warns");
    }

    @Test
    void normalisesPhonesEmailsAndDerivesTheTimeZone() throws Exception {
        ImportPlan plan = plan("Nom,Prénom,Email,Mobile,Téléphone\nCurie,Marie, Marie.Curie@LeMonde.fr ,0612345678,+32 2 555 12 12\n",
                Existing.none(), DuplicatePolicy.SKIP);
        var c = plan.rows().get(0).contact();
        assertEquals("+33612345678", c.mobile());
        assertEquals("+3225551212", c.landline());
        assertEquals("marie.curie@lemonde.fr", c.email());
        assertEquals("Europe/Paris", c.timeZone());
    }

    @Test
    void aKnownContactIsSkippedUpdatedOrCreatedAsTheUserChooses() throws Exception {
        Existing known = new Existing(Map.of("marie@lemonde.fr", 7L), Map.of("+33611111111", 8L),
                Map.of(DuplicateKeys.nameAndOutlet("Paul", "Langevin", "Libération"), 9L), Map.of(), Set.of());
        String csv = "Prénom,Nom,Média,Email,Mobile\n"
                + "Marie,Curie,Le Monde,MARIE@lemonde.fr,\n"
                + "Pierre,Curie,,,06 11 11 11 11\n"
                + "paul,LANGEVIN,liberation,,\n"
                + "Irène,Joliot,,irene@x.fr,\n";

        ImportPlan skip = plan(csv, known, DuplicatePolicy.SKIP);
        assertEquals(List.of(Action.SKIP, Action.SKIP, Action.SKIP, Action.CREATE), skip.rows().stream().map(PlannedRow::action).toList());
        assertEquals(List.of("email", "phone", "nameOutlet"), skip.rows().subList(0, 3).stream().map(PlannedRow::matchedOn).toList());

        ImportPlan update = plan(csv, known, DuplicatePolicy.UPDATE);
        assertEquals(List.of(7L, 8L, 9L), update.rows().subList(0, 3).stream().map(PlannedRow::existingId).toList());
        assertTrue(update.rows().subList(0, 3).stream().allMatch(r -> r.action() == Action.UPDATE));

        ImportPlan create = plan(csv, known, DuplicatePolicy.CREATE);
        assertEquals(List.of(Action.UPDATE, Action.UPDATE, Action.CREATE, Action.CREATE),
                create.rows().stream().map(PlannedRow::action).toList(),
                "one person, one contact: the same email or mobile completes the known card; a homonym at the same outlet is created");
        assertEquals(List.of(7L, 8L), create.rows().subList(0, 2).stream().map(PlannedRow::existingId).toList());
    }

    @Test
    void aLineRepeatingAnEarlierOneIsSkippedOrMergedIntoIt() throws Exception {
        String csv = "Nom,Email,Rubrique\nCurie,marie@x.fr,\nCurie,MARIE@x.fr,Sciences\n";

        ImportPlan skip = plan(csv, Existing.none(), DuplicatePolicy.SKIP);
        assertEquals(Action.SKIP, skip.rows().get(1).action());
        assertEquals(2, skip.rows().get(1).duplicateOfLine());

        ImportPlan update = plan(csv, Existing.none(), DuplicatePolicy.UPDATE);
        assertEquals("Sciences", update.rows().get(0).contact().beat(), "the later line completes the earlier");
        assertEquals(Action.UPDATE, update.rows().get(1).action());
        assertNull(update.rows().get(1).contact());
    }

    @Test
    void theStreamingEntryPlansLineByLineWhatTheWholeTableGives() throws Exception {
        String csv = "Nom,Email,Rubrique\nCurie,marie@x.fr,\nJoliot,,\n,pas-un-mail,\nCurie,MARIE@x.fr,Sciences\n";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("analyzer", ".csv");
        try {
            java.nio.file.Files.writeString(file, csv);
            TableFile table = TableFile.open("f.csv", file, ImportTarget.CONTACTS);
            PlanRows.InMemory streamed = new PlanRows.InMemory();
            ImportAnalyzer.analyze(table, ColumnMapping.guess(table.headers(), ImportTarget.CONTACTS), ImportTarget.CONTACTS,
                    "FR", Existing.none(), DuplicatePolicy.UPDATE, streamed);
            assertEquals(plan(csv, Existing.none(), DuplicatePolicy.UPDATE).rows(), streamed.list());
            assertEquals("Sciences", streamed.get(0).contact().beat(), "the later line completed the earlier one");
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void anUnknownOwnerIsRefusedAndAKnownOneAccepted() throws Exception {
        Existing staff = new Existing(Map.of(), Map.of(), Map.of(), Map.of(), Set.of("chef@agence.fr"));
        ImportPlan plan = plan("Nom,Responsable\nCurie,CHEF@agence.fr\nJoliot,inconnu@agence.fr\n", staff, DuplicatePolicy.SKIP);
        assertEquals(Action.CREATE, plan.rows().get(0).action());
        assertEquals("contact.owner.unknown", plan.rows().get(1).problems().get(0).key());
    }

    @Test
    void anOutletsFileCreatesAndMatchesOutletsByName() throws Exception {
        String csv = "Nom;Type;Périodicité;Bouclage;Tier\nLe Monde;Presse écrite;Quotidien;;A\nTélérama;presse;hebdo;mardi;B\n"
                + "Causette;Presse écrite;Mensuel;lundi;C\n";
        Tabular t = TabularReader.read("m.csv", csv.getBytes(StandardCharsets.UTF_8), ImportTarget.OUTLETS);
        Existing known = new Existing(Map.of(), Map.of(), Map.of(), Map.of(DuplicateKeys.outlet("LE MONDE"), 3L), Set.of());
        ImportPlan plan = ImportAnalyzer.analyze(t, ColumnMapping.guess(t.headers(), ImportTarget.OUTLETS), ImportTarget.OUTLETS,
                "FR", known, DuplicatePolicy.UPDATE);

        assertEquals(List.of(Action.UPDATE, Action.CREATE, Action.REJECT), plan.rows().stream().map(PlannedRow::action).toList());
        assertEquals(3L, plan.rows().get(0).existingId());
        assertEquals(java.time.DayOfWeek.TUESDAY, plan.rows().get(1).outlet().closingDay().weekday());
        assertEquals("outlet.closing.mismatch", plan.rows().get(2).problems().get(0).key());
    }

    /** What the unique keys of V34 need: the contacts an import creates or changes never share an email or mobile. */
    private static void noTwoContactsShareAnEmailOrMobile(ImportPlan plan, Existing known) {
        Map<String, Object> holders = new java.util.HashMap<>();
        known.contactsByEmail().forEach((k, id) -> holders.put("e:" + k, id));
        known.contactsByPhone().forEach((k, id) -> holders.put("m:" + k, id));
        for (PlannedRow r : plan.rows()) {
            if (r.contact() == null || r.action() == Action.SKIP || r.action() == Action.REJECT) {
                continue;
            }
            Object self = r.existingId() != null ? r.existingId() : "line " + r.line();
            for (String key : new String[]{r.contact().email() == null ? null : "e:" + r.contact().email(),
                    r.contact().mobile() == null ? null : "m:" + r.contact().mobile()}) {
                if (key != null) {
                    Object before = holders.putIfAbsent(key, self);
                    assertTrue(before == null || before.equals(self), key + " held by " + before + " and " + self);
                }
            }
        }
    }

    @Test
    void underCreateALineRepeatingAnEarlierOnesEmailOrMobileCompletesItButASharedSwitchboardIsTwoPeople() throws Exception {
        String csv = "Prénom,Nom,Email,Mobile,Téléphone\n"
                + "Marie,Curie,marie@x.fr,,01 44 55 66 77\n"
                + "M.,Curie,MARIE@x.fr,06 22 22 22 22,\n"
                + "Irène,Joliot,,06 22 22 22 22,\n"
                + "Paul,Langevin,,,01 44 55 66 77\n";
        ImportPlan plan = plan(csv, Existing.none(), DuplicatePolicy.CREATE);
        assertEquals(List.of(Action.CREATE, Action.UPDATE, Action.UPDATE, Action.CREATE),
                plan.rows().stream().map(PlannedRow::action).toList());
        assertEquals("+33622222222", plan.rows().get(0).contact().mobile(), "the second line completed the first");
        noTwoContactsShareAnEmailOrMobile(plan, Existing.none());
    }

    @Test
    void aLineThatWouldGiveAKnownContactAnotherOnesMobileIsRejectedWhateverThePolicy() throws Exception {
        Existing known = new Existing(Map.of("marie@lemonde.fr", 7L, "irene@lemonde.fr", 5L), Map.of("+33611111111", 8L),
                Map.of(DuplicateKeys.nameAndOutlet("Paul", "Langevin", "Libération"), 9L), Map.of(), Set.of());
        String csv = "Prénom,Nom,Média,Email,Mobile\n"
                + "Marie,Curie,Le Monde,marie@lemonde.fr,06 11 11 11 11\n"
                + "Paul,Langevin,Libération,irene@lemonde.fr,\n"
                + "Paul,Langevin,Libération,paul@liberation.fr,\n"
                + "Pierre,Curie,,paul@liberation.fr,\n";
        for (DuplicatePolicy policy : new DuplicatePolicy[]{DuplicatePolicy.UPDATE, DuplicatePolicy.CREATE}) {
            ImportPlan plan = plan(csv, known, policy);
            assertEquals(Action.REJECT, plan.rows().get(0).action(), "Marie's card cannot take Pierre's mobile");
            assertEquals("import.duplicate.taken", plan.rows().get(0).problems().get(0).key());
            assertEquals("mobile", plan.rows().get(0).problems().get(0).field());
            assertEquals(Action.UPDATE, plan.rows().get(1).action(), "Irène's email is Irène: the line completes her card");
            assertEquals(5L, plan.rows().get(1).existingId());
            assertEquals(Action.UPDATE, plan.rows().get(3).action(), "paul@ is the third line's: the fourth completes it");
            noTwoContactsShareAnEmailOrMobile(plan, known);
        }
    }
}
