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
        assertEquals(4, create.count(Action.CREATE));
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
}
