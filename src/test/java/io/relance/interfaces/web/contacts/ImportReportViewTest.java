package io.relance.interfaces.web.contacts;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The report page keeps the first lines that need a look, and counts the rest, as the CSV streams (issue 18 §3). */
class ImportReportViewTest {

    @Test
    void keepsTheFirstLinesThatNeedALookAndCountsTheOthers() throws Exception {
        StringBuilder csv = new StringBuilder("\uFEFFLigne;Résultat;Qui;Détail\r\n");
        for (int i = 2; i < 2_000; i++) {
            csv.append(i).append(i % 2 == 0 ? ";Créé;Marie " + i + ";\r\n" : ";Rejeté;Jean " + i + ";\"Email : adresse invalide (x; y)\"\r\n");
        }
        int[] beyond = {0};
        List<ImportReportView.Line> lines = ImportReportView.lines(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), 100, beyond);

        assertEquals(100, lines.size(), "only the first hundred are kept");
        assertEquals(new ImportReportView.Line("3", "Rejeté", "Jean 3", "Email : adresse invalide (x; y)"), lines.get(0));
        assertEquals(999 - 100, beyond[0], "the other rejected lines are counted, created ones are not");
    }
}
