package io.relance.domain.imports;

import io.relance.domain.imports.ValueMatch.How;
import org.junit.jupiter.api.Test;

import static io.relance.domain.imports.ImportField.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a file's own words are read as a choice, and the near misses that must stay unknown. */
class VocabularyTest {

    private static void reads(ImportField field, String raw, String code, How how) {
        ValueMatch m = Vocabulary.match(field, raw);
        assertEquals(code, m.code(), raw);
        assertEquals(how, m.how(), raw);
    }

    private static void unknown(ImportField field, String raw) {
        ValueMatch m = Vocabulary.match(field, raw);
        assertNull(m.code(), raw + " must not be guessed, was " + m);
        assertEquals(How.UNKNOWN, m.how());
    }

    @Test
    void caseAccentsAndPunctuationDoNotMatter() {
        reads(OUTLET_TYPE, "TÉLÉVISION", "TV", How.EXACT);
        reads(OUTLET_TYPE, "presse-ecrite", "PRESSE_ECRITE", How.EXACT);
        reads(OUTLET_PERIODICITY, "irregulier", "IRREGULIER", How.EXACT);
        reads(OUTLET_PERIODICITY, "Bi-monthly", "BIMESTRIEL", How.EXACT);
        reads(CIVILITY, "M.", "M", How.EXACT);
    }

    @Test
    void synonymsOfFrenchMediaLists() {
        reads(OUTLET_TYPE, "Site", "WEB", How.EXACT);
        reads(OUTLET_TYPE, "Pure player", "WEB", How.EXACT);
        reads(OUTLET_TYPE, "TV", "TV", How.EXACT);
        reads(OUTLET_TYPE, "PQR", "PRESSE_ECRITE", How.EXACT);
        reads(OUTLET_TYPE, "Quotidien régional", "PRESSE_ECRITE", How.SYNONYM);
        reads(OUTLET_TYPE, "Agence de presse spécialisée", "AGENCE_DE_PRESSE", How.SYNONYM);
        reads(OUTLET_PERIODICITY, "Quotidien régional", "QUOTIDIEN", How.EXACT);
        reads(OUTLET_PERIODICITY, "hebdo", "HEBDOMADAIRE", How.EXACT);
        reads(OUTLET_PERIODICITY, "Bimestriel", "BIMESTRIEL", How.EXACT);
        reads(OUTLET_PERIODICITY, "trimestriel", "TRIMESTRIEL", How.EXACT);
        reads(OUTLET_PERIODICITY, "1 fois par mois", "MENSUEL", How.SYNONYM);
        reads(OUTLET_SCALE, "Départementale", "REGIONAL", How.EXACT);
    }

    @Test
    void wordsInsideParenthesesQualifyTheyDoNotName() {
        reads(OUTLET_TYPE, "Presse (généraliste  politique  économique)", "PRESSE_ECRITE", How.SYNONYM);
        reads(OUTLET_PERIODICITY, "Mensuel (1er du mois)", "MENSUEL", How.SYNONYM);
        reads(OUTLET_PERIODICITY, "Hebdomadaire [jeudi]", "HEBDOMADAIRE", How.SYNONYM);
        reads(OUTLET_CLOSING, "Jeudi (midi)", "THURSDAY", How.SYNONYM);
        reads(LANGUAGE, "Français (France)", "fr", How.SYNONYM);
    }

    @Test
    void pluralsFeminineAndAbbreviations() {
        reads(OUTLET_PERIODICITY, "hebdos", "HEBDOMADAIRE", How.SYNONYM);
        reads(OUTLET_PERIODICITY, "Mensuelles", "MENSUEL", How.SYNONYM);
        reads(OUTLET_PERIODICITY, "quot.", "QUOTIDIEN", How.EXACT);
        reads(OUTLET_PERIODICITY, "bimestr.", "BIMESTRIEL", How.EXACT);
        reads(OUTLET_PERIODICITY, "trim.", "TRIMESTRIEL", How.SYNONYM);
        reads(OUTLET_PERIODICITY, "Quotidiennes", "QUOTIDIEN", How.SYNONYM);
        reads(OUTLET_TYPE, "mag.", "PRESSE_ECRITE", How.EXACT);
        reads(OUTLET_TYPE, "Journaux", "PRESSE_ECRITE", How.SYNONYM);
        reads(OUTLET_TYPE, "Radios", "RADIO", How.SYNONYM);
        reads(OUTLET_SCALE, "internat.", "INTERNATIONAL", How.SYNONYM);
    }

    @Test
    void aTypoOfALongWordIsSimilar() {
        reads(OUTLET_PERIODICITY, "Hebdomadiare", "HEBDOMADAIRE", How.SIMILAR);
        reads(OUTLET_TYPE, "Télévison", "TV", How.SIMILAR);
        reads(OUTLET_PERIODICITY, "Monthy", "MENSUEL", How.SIMILAR);
    }

    @Test
    void nearMissesAndAmbiguousValuesStayUnknown() {
        unknown(OUTLET_PERIODICITY, "Annulé");       // two edits from "annuel": a cancelled title is not a yearly
        unknown(OUTLET_PERIODICITY, "Manuel");       // two from "mensuel"
        unknown(OUTLET_PERIODICITY, "Tous les 36 du mois");
        unknown(OUTLET_TYPE, "Rodéo");               // too short to guess from "radio"
        unknown(OUTLET_TYPE, "Blob");
        unknown(OUTLET_TYPE, "Presto");
        unknown(OUTLET_TYPE, "Web TV");              // web or TV: the person chooses
        unknown(OUTLET_TYPE, "Magazine TV");
        unknown(OUTLET_PERIODICITY, "bim.");         // bimensuel or bimestriel
        unknown(TIER, "Top");
        unknown(CIVILITY, "Dr");
        unknown(DO_NOT_CALL, "peut-être");
    }

    @Test
    void yesNoLanguagesAndClosingDays() {
        reads(DO_NOT_CALL, "x", "OUI", How.EXACT);
        reads(OPTED_OUT, "Non", "NON", How.EXACT);
        reads(LANGUAGE, "anglais", "en", How.EXACT);
        reads(LANGUAGE, "fr-FR", "fr", How.SYNONYM);
        reads(OUTLET_CLOSING, "le 15 du mois", "15", How.EXACT);
        reads(OUTLET_CLOSING, "mardi", "TUESDAY", How.EXACT);
        assertTrue(Vocabulary.accepts(LANGUAGE, "de"));
        assertFalse(Vocabulary.accepts(LANGUAGE, "deutsch"), "a code, not a name");
        assertTrue(Vocabulary.options(OUTLET_PERIODICITY).containsAll(java.util.List.of("SEMESTRIEL", "ANNUEL")));
        assertFalse(Vocabulary.covers(EMAIL));
    }
}
