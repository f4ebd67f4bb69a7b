package io.relance.domain.imports;

import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.imports.PlannedRow.Action;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The person's decisions for values: what a line becomes, what is saved, what the preview lists. */
class ValueChoicesTest {

    private static final String FILE = "Nom\tType\tPeriodicite\tPrix\tDisparu\n"
            + "Lyon Capitale\tWeb TV\tMensuel\t4,50 €\tnon\n"
            + "Annonces Landaises\tAutre\tHebdomadaire\t1,20 €\toui\n"
            + "Mediapart\tSite\tContinu\t\tnon\n"
            + "Le Petit Écho\tn.c.\tHebdo\t0,90 €\tnon\n"
            + "Le Grand Écho\tN.C.\tHebdo\t0,90 €\tnon\n";

    private static Tabular table() throws Exception {
        return TabularReader.read("f.tsv", FILE.getBytes(StandardCharsets.UTF_8), ImportTarget.OUTLETS);
    }

    private static ImportPlan plan(ColumnMapping mapping) throws Exception {
        return ImportAnalyzer.analyze(table(), mapping, ImportTarget.OUTLETS, "FR", Existing.none(), DuplicatePolicy.SKIP);
    }

    @Test
    void decisionsWinOverTheVocabularyAndRejectOnlyWhenAsked() throws Exception {
        Tabular t = table();
        ValueChoices choices = ValueChoices.none()
                .with(ImportField.OUTLET_TYPE, "Web TV", "TV")
                .with(ImportField.OUTLET_TYPE, "Site", ValueChoices.EMPTY)
                .with(ImportField.OUTLET_TYPE, "N.C.", ValueChoices.REJECT);
        ImportPlan plan = plan(ColumnMapping.guess(t.headers(), ImportTarget.OUTLETS).withValues(choices));

        assertEquals(List.of(Action.CREATE, Action.CREATE, Action.CREATE, Action.REJECT, Action.REJECT),
                plan.rows().stream().map(PlannedRow::action).toList(), "n.c. and N.C. are one value, set to reject");
        assertEquals(OutletType.TV, plan.rows().get(0).outlet().type());
        assertTrue(plan.rows().get(0).warnings().isEmpty());
        assertNull(plan.rows().get(1).outlet().type(), "Autre: nobody chose, left empty");
        assertEquals("import.value.unknown", plan.rows().get(1).warnings().get(0).key());
        assertNull(plan.rows().get(2).outlet().type(), "Site: the person chose to leave it empty");
        assertTrue(plan.rows().get(2).warnings().isEmpty(), "a decision made is not warned about");
        assertEquals("import.value.rejected", plan.rows().get(3).problems().get(0).key());
        assertEquals(Periodicity.HEBDOMADAIRE, plan.rows().get(1).outlet().periodicity());
    }

    @Test
    void thePreviewListsEachDistinctValueWithWhatItBecomes() throws Exception {
        Tabular t = table();
        ColumnMapping mapping = ColumnMapping.guess(t.headers(), ImportTarget.OUTLETS)
                .withValues(ValueChoices.none().with(ImportField.OUTLET_TYPE, "Autre", "PRESSE_ECRITE"));
        List<ValueReview> reviews = ValueReview.of(t.headers(), t.rows(), mapping);

        assertEquals(List.of(ImportField.OUTLET_TYPE, ImportField.OUTLET_PERIODICITY),
                reviews.stream().map(ValueReview::field).toList());
        ValueReview types = reviews.get(0);
        assertEquals("Type", types.header());
        assertEquals(List.of("Web TV", "Autre", "Site", "n.c."), types.values().stream().map(ValueReview.Value::text).toList());
        assertEquals(2, types.values().get(3).lines(), "n.c. and N.C. counted together");
        assertTrue(types.values().get(0).toChoose());
        assertEquals("PRESSE_ECRITE", types.values().get(1).becomes());
        assertEquals("WEB", types.values().get(2).becomes());
        assertEquals(ValueMatch.How.EXACT, types.values().get(2).match().how());
        assertEquals("HEBDOMADAIRE", reviews.get(1).values().get(1).becomes());
    }

    @Test
    void unknownColumnsCanBeKeptAsTagsOrNotes() throws Exception {
        Tabular contacts = TabularReader.read("c.csv", ("Nom,Média,Prix,Disparu,Notes\n"
                + "Curie,Le Monde,\"3,20 €\",non,Rencontrée au salon\n").getBytes(StandardCharsets.UTF_8), ImportTarget.CONTACTS);
        ColumnMapping mapping = ColumnMapping.guess(contacts.headers(), ImportTarget.CONTACTS).keeping(Map.of(
                2, new ColumnMapping.Kept("Prix", ImportField.NOTES), 3, new ColumnMapping.Kept("Disparu", ImportField.TOPICS),
                0, new ColumnMapping.Kept("Nom", ImportField.NOTES)));
        assertEquals(Map.of("Prix", ImportField.NOTES, "Disparu", ImportField.TOPICS), mapping.keptByHeader(),
                "a column that fills a field is not kept twice");
        ImportPlan plan = ImportAnalyzer.analyze(contacts, mapping, ImportTarget.CONTACTS, "FR", Existing.none(), DuplicatePolicy.SKIP);
        assertEquals("Rencontrée au salon\nPrix: 3,20 €", plan.rows().get(0).contact().notes());
        assertEquals("|non|", plan.rows().get(0).contact().topics());
    }

    @Test
    void savedAsReadableLinesAndReadBack() {
        ValueChoices choices = ValueChoices.none().with(ImportField.OUTLET_TYPE, "Web TV", "TV")
                .with(ImportField.OUTLET_PERIODICITY, "Tous les 36 du mois", ValueChoices.REJECT)
                .with(ImportField.LANGUAGE, "Breton", ValueChoices.EMPTY);
        String text = choices.format();
        assertEquals("OUTLET_TYPE\tWeb TV\tTV\nOUTLET_PERIODICITY\tTous les 36 du mois\tREJECT\nLANGUAGE\tBreton\tEMPTY\n", text);
        assertEquals(choices.asMap(), ValueChoices.parse(text).asMap());
        assertEquals(Map.of(), ValueChoices.parse("GONE_FIELD\tx\tTV\nOUTLET_TYPE\ty\tNO_SUCH_TYPE\n").asMap(),
                "a line naming a field or a code that no longer exists is left out");
        assertThrows(IllegalArgumentException.class, () -> choices.with(ImportField.OUTLET_TYPE, "x", "HEBDOMADAIRE"));

        ImportMapping saved = new ImportMapping(ImportTarget.OUTLETS, "Annuaire", Map.of("Type", ImportField.OUTLET_TYPE), Instant.now());
        saved.replace(Map.of("Type", ImportField.OUTLET_TYPE), Map.of("Prix", ImportField.OUTLET_TOPICS), choices);
        assertEquals(Map.of("Type", ImportField.OUTLET_TYPE), saved.byHeader(), "kept columns are not fields");
        assertEquals(Map.of("Prix", ImportField.OUTLET_TOPICS), saved.kept());
        ColumnMapping applied = saved.applyTo(List.of("Prix", "TYPE"), ImportTarget.OUTLETS);
        assertEquals(1, applied.column(ImportField.OUTLET_TYPE).orElseThrow());
        assertEquals("TV", applied.values().decision(ImportField.OUTLET_TYPE, "web tv").orElseThrow());
        assertEquals(Map.of("Prix", ImportField.OUTLET_TOPICS), applied.keptByHeader());
    }
}
