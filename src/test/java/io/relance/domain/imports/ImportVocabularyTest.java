package io.relance.domain.imports;

import io.relance.domain.contact.OutletDetails;
import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.imports.PlannedRow.Action;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.relance.domain.contact.OutletType.*;
import static io.relance.domain.contact.Periodicity.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: files of five origins, written to look like what agencies really have, imported with
 * no hand-made mapping (the real reader, the guessed columns, the analyzer): at least 95 % of the
 * lines of each come out with the right type and periodicity. What is right for each value of the
 * file is written here by hand, line by line through the value the line carries.
 */
class ImportVocabularyTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportVocabularyTest.class.getResourceAsStream("/imports/vocabulary/" + name)) {
            return in.readAllBytes();
        }
    }

    /** What a line should become: expected type and periodicity by the raw cell of each column. */
    private record Expected(String typeHeader, Map<String, OutletType> types, String periodicityHeader,
                            Map<String, Periodicity> periodicities) {
    }

    /** The share of the file's lines planned with the right type and periodicity; the wrong ones in {@code misses}. */
    private static double rightShare(String name, byte[] bytes, ImportTarget target, Expected expected, List<String> misses)
            throws Exception {
        Tabular table = TabularReader.read(name, bytes, target);
        ColumnMapping mapping = ColumnMapping.guess(table.headers(), target);
        assertTrue(mapping.has(ImportField.OUTLET_TYPE) && mapping.has(ImportField.OUTLET_PERIODICITY),
                "the columns are found without help: " + mapping.asMap());
        ImportPlan plan = ImportAnalyzer.analyze(table, mapping, target, "FR", Existing.none(), DuplicatePolicy.SKIP);
        int typeColumn = table.headers().indexOf(expected.typeHeader());
        int periodicityColumn = table.headers().indexOf(expected.periodicityHeader());
        Map<Integer, SourceRow> byLine = new HashMap<>();
        table.rows().forEach(r -> byLine.put(r.line(), r));
        int right = 0;
        for (PlannedRow row : plan.rows()) {
            SourceRow source = byLine.get(row.line());
            String type = blankToNull(source.cell(typeColumn));
            String periodicity = blankToNull(source.cell(periodicityColumn));
            OutletDetails outlet = row.outlet();
            boolean ok = row.action() == Action.CREATE && outlet != null
                    && outlet.type() == (type == null ? null : expected.types().get(type))
                    && outlet.periodicity() == (periodicity == null ? null : expected.periodicities().get(periodicity));
            if (ok) {
                right++;
            } else {
                misses.add(row.line() + ": " + type + " / " + periodicity + " → " + row.action() + " "
                        + (outlet == null ? row.problems() : outlet.type() + " / " + outlet.periodicity()));
            }
        }
        assertEquals(table.rows().size(), plan.rows().size(), "every line is planned");
        return (double) right / plan.rows().size();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void assertNinetyFivePercent(String name, byte[] bytes, ImportTarget target, Expected expected) throws Exception {
        List<String> misses = new ArrayList<>();
        double share = rightShare(name, bytes, target, expected, misses);
        assertTrue(share >= 0.95, name + ": " + Math.round(share * 100) + " % right; misses " + misses);
    }

    @Test
    void aFrenchMediaDirectoryWithItsOwnWords() throws Exception {
        String general = "Presse (généraliste  politique  économique)";
        Expected expected = new Expected("Type", Map.ofEntries(Map.entry(general, PRESSE_ECRITE),
                Map.entry("Presse (culture  loisirs  sport)", PRESSE_ECRITE), Map.entry("Presse (société  consommation)", PRESSE_ECRITE),
                Map.entry("Presse (professionnelle  spécialisée)", PRESSE_ECRITE), Map.entry("Quotidien régional", PRESSE_ECRITE),
                Map.entry("Site", WEB), Map.entry("Pure player", WEB), Map.entry("Radio", RADIO), Map.entry("Télévision", TV),
                Map.entry("Agence de presse", AGENCE_DE_PRESSE), Map.entry("Blog", BLOG_PODCAST),
                Map.entry("Podcast", BLOG_PODCAST), Map.entry("Web TV", TV), Map.entry("Autre", PRESSE_ECRITE)),
                "Periodicite", Map.of("Quotidien", QUOTIDIEN, "Hebdomadaire", HEBDOMADAIRE, "Mensuel", MENSUEL,
                "Bimestriel", BIMESTRIEL, "Trimestriel", TRIMESTRIEL, "Semestriel", SEMESTRIEL, "Bimensuel", BIMENSUEL,
                "Annuel", ANNUEL, "Irrégulier", IRREGULIER, "Continu", CONTINU));
        assertNinetyFivePercent("annuaire-medias.tsv", resource("annuaire-medias.tsv"), ImportTarget.OUTLETS, expected);

        // the lines the issue saw rejected: imported, typed; "Web TV" and "Autre" imported empty, with a warning
        Tabular table = TabularReader.read("annuaire-medias.tsv", resource("annuaire-medias.tsv"), ImportTarget.OUTLETS);
        ImportPlan plan = ImportAnalyzer.analyze(table, ColumnMapping.guess(table.headers(), ImportTarget.OUTLETS),
                ImportTarget.OUTLETS, "FR", Existing.none(), DuplicatePolicy.SKIP);
        assertEquals(0, plan.count(Action.REJECT), "an unknown value of an optional column rejects nothing");
        PlannedRow webTv = plan.rows().stream().filter(r -> r.label().equals("Lyon Capitale")).findFirst().orElseThrow();
        assertEquals(null, webTv.outlet().type());
        assertEquals(MENSUEL, webTv.outlet().periodicity());
        assertEquals("import.value.unknown", webTv.warnings().get(0).key());
        assertEquals("Web TV", webTv.warnings().get(0).value());
        assertEquals("outletType", webTv.warnings().get(0).field());
    }

    @Test
    void aCrmExportInEnglish() throws Exception {
        Expected expected = new Expected("Media type", Map.of("Newspaper", PRESSE_ECRITE, "Magazine", PRESSE_ECRITE,
                "Online", WEB, "Radio", RADIO, "TV", TV, "News agency", AGENCE_DE_PRESSE, "Podcast", BLOG_PODCAST,
                "Blog", BLOG_PODCAST), "Frequency", Map.of("Daily", QUOTIDIEN, "Weekly", HEBDOMADAIRE,
                "Monthly", MENSUEL, "Bi-monthly", BIMESTRIEL, "Quarterly", TRIMESTRIEL, "Online", CONTINU));
        assertNinetyFivePercent("crm-export-en.csv", resource("crm-export-en.csv"), ImportTarget.CONTACTS, expected);
    }

    @Test
    void aHandMadeWorkbookWithATitleMergedGroupHeadersAndComments() throws Exception {
        Expected expected = new Expected("Type", Map.of("PQR", PRESSE_ECRITE, "Magazine", PRESSE_ECRITE,
                "Télé", TV, "Radio locale", RADIO, "Site d'info", WEB, "Presse pro", PRESSE_ECRITE),
                "Parution", Map.of("Quotidienne", QUOTIDIEN, "Hebdomadaire (jeudi)", HEBDOMADAIRE,
                "Mensuelle", MENSUEL, "Tous les deux mois", BIMESTRIEL, "Trimestrielle", TRIMESTRIEL,
                "En continu", CONTINU, "2 fois par mois", BIMENSUEL));
        assertNinetyFivePercent("fichier-presse.xlsx", handMadeWorkbook(), ImportTarget.CONTACTS, expected);
    }

    @Test
    void aWindows1252CsvWithSemicolons() throws Exception {
        Expected expected = new Expected("Type média", Map.of("Presse écrite", PRESSE_ECRITE, "Télévision", TV,
                "Radio", RADIO, "Site web", WEB, "Agence de presse", AGENCE_DE_PRESSE), "Périodicité",
                Map.of("Quotidien régional", QUOTIDIEN, "Quotidien", QUOTIDIEN, "Continu", CONTINU,
                        "Hebdomadaire", HEBDOMADAIRE, "Mensuel (1er du mois)", MENSUEL, "Mensuel", MENSUEL,
                        "Trimestriel", TRIMESTRIEL, "Semestriel", SEMESTRIEL, "Bimestriel", BIMESTRIEL));
        assertNinetyFivePercent("fichier-presse.csv", resource("fichier-presse-cp1252.csv"), ImportTarget.CONTACTS, expected);
        Tabular table = TabularReader.read("f.csv", resource("fichier-presse-cp1252.csv"), ImportTarget.CONTACTS);
        assertTrue(table.description().contains("Windows-1252"), table.description());
    }

    @Test
    void pluralsAndAbbreviations() throws Exception {
        Expected expected = new Expected("Type", Map.of("quot.", PRESSE_ECRITE, "Quotidiens régionaux", PRESSE_ECRITE,
                "hebdos", PRESSE_ECRITE, "mag.", PRESSE_ECRITE, "mensuels", PRESSE_ECRITE, "TV", TV, "Radios", RADIO,
                "Sites", WEB, "Podcasts", BLOG_PODCAST), "Périodicité", Map.ofEntries(Map.entry("quot.", QUOTIDIEN),
                Map.entry("quot", QUOTIDIEN), Map.entry("quotidiens", QUOTIDIEN), Map.entry("hebdos", HEBDOMADAIRE),
                Map.entry("hebdo.", HEBDOMADAIRE), Map.entry("hebdo rég.", HEBDOMADAIRE), Map.entry("mensuels", MENSUEL),
                Map.entry("mens.", MENSUEL), Map.entry("bimestr.", BIMESTRIEL), Map.entry("trim.", TRIMESTRIEL),
                Map.entry("semestr.", SEMESTRIEL), Map.entry("ann.", ANNUEL), Map.entry("irrég.", IRREGULIER),
                Map.entry("bimens.", BIMENSUEL), Map.entry("en continu", CONTINU)));
        assertNinetyFivePercent("medias-abreges.csv", resource("medias-abreges.csv"), ImportTarget.OUTLETS, expected);
    }

    /**
     * A press file kept by hand in Excel: a title, a note, a row of merged group headers over the
     * real header, the agency's own words in the cells, and a comment line at the end.
     */
    static byte[] handMadeWorkbook() throws IOException {
        String[][] people = {
                {"Ouest-France", "PQR", "Quotidienne"}, {"Le Progrès", "PQR", "Quotidienne"},
                {"La Provence", "PQR", "Quotidienne"}, {"L'Alsace", "PQR", "Quotidienne"},
                {"Midi Libre", "PQR", "Quotidienne"}, {"Le Maine libre", "PQR", "Quotidienne"},
                {"Version Femina", "Magazine", "Hebdomadaire (jeudi)"}, {"Notre Temps", "Magazine", "Mensuelle"},
                {"Maison Créative", "Magazine", "Tous les deux mois"}, {"Terre de vins", "Magazine", "Tous les deux mois"},
                {"Kaizen", "Magazine", "Tous les deux mois"}, {"La Revue XXI", "Magazine", "Trimestrielle"},
                {"Ebdo", "Magazine", "Hebdomadaire (jeudi)"}, {"Pleine Vie", "Magazine", "Mensuelle"},
                {"Cuisine et Vins de France", "Magazine", "Tous les deux mois"}, {"Le Journal des Arts", "Magazine", "2 fois par mois"},
                {"France 3 Occitanie", "Télé", "En continu"}, {"TV7 Bordeaux", "Télé", "En continu"},
                {"TéléGrenoble", "Télé", "En continu"}, {"BFM Lyon", "Télé", "En continu"},
                {"Radio Campus Paris", "Radio locale", "En continu"}, {"Radio Fréquence Plus", "Radio locale", "En continu"},
                {"Radio Scoop", "Radio locale", "En continu"}, {"Alouette", "Radio locale", "En continu"},
                {"Actu.fr", "Site d'info", "En continu"}, {"Lyon Mag", "Site d'info", "En continu"},
                {"Rue89 Lyon", "Site d'info", "En continu"}, {"Le Bondy Blog", "Site d'info", "En continu"},
                {"Stratégies", "Presse pro", "Hebdomadaire (jeudi)"}, {"LSA", "Presse pro", "Hebdomadaire (jeudi)"},
                {"Le Moniteur", "Presse pro", "Hebdomadaire (jeudi)"}, {"Décision Atelier", "Presse pro", "Mensuelle"},
                {"Archimag", "Presse pro", "Mensuelle"}, {"Points de vente", "Presse pro", "2 fois par mois"},
                {"La France Agricole", "Presse pro", "Hebdomadaire (jeudi)"}, {"Hospimedia", "Site d'info", "En continu"},
                {"L'Usine Nouvelle", "Presse pro", "Mensuelle"}, {"Le Quotidien du Médecin", "Presse pro", "Quotidienne"},
                {"Kiosque Éco", "Presse pro", "Trimestrielle"}, {"Bretagne Économique", "Presse pro", "Tous les deux mois"},
        };
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Fichier presse");
            sheet.createRow(0).createCell(0).setCellValue("Fichier presse — lancement printemps (mis à jour par Julie)");
            sheet.createRow(1).createCell(0).setCellValue("Ne pas diffuser hors agence");
            Row groups = sheet.createRow(3);
            groups.createCell(0).setCellValue("Média");
            groups.createCell(3).setCellValue("Journaliste");
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 2));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 3, 5));
            String[] headers = {"Média", "Type", "Parution", "Prénom", "Nom", "E-mail"};
            Row header = sheet.createRow(4);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int i = 0; i < people.length; i++) {
                Row row = sheet.createRow(5 + i);
                row.createCell(0).setCellValue(people[i][0]);
                row.createCell(1).setCellValue(people[i][1]);
                row.createCell(2).setCellValue(people[i][2]);
                row.createCell(3).setCellValue("Prénom" + i);
                row.createCell(4).setCellValue("Nom" + i);
                row.createCell(5).setCellValue("journaliste" + i + "@redaction.fr");
            }
            sheet.createRow(6 + people.length).createCell(0).setCellValue("Vérifier les radios avant l'envoi de septembre");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
