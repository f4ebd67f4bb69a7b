package io.relance.domain.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Crafted files are refused with a reason, cheaply; real ones still read (issue 16 §2). */
class ImportLimitsTest {

    private static UnreadableFileException refused(String name, byte[] bytes) {
        return assertThrows(UnreadableFileException.class, () -> TabularReader.read(name, bytes, ImportTarget.CONTACTS));
    }

    @Test
    void aMergeOfTheWholeSheetIsReadAsItsDataInsteadOfExpandedCellByCell() throws Exception {
        // A1:XFD1048576 is 1.7e10 cells: copied over the data's own columns and header lines only
        Tabular t = TabularReader.read("bombe.xlsx", CraftedXlsx.mergedSheetBomb(), ImportTarget.CONTACTS);
        assertEquals(List.of("Nom", "Email"), t.headers());
        assertEquals(1, t.rows().size());
        assertEquals("marie@x.fr", t.rows().get(0).cell(1));
    }

    @Test
    void aTitleMergedAcrossTheWholeRowIsStillRead() throws Exception {
        byte[] titled = CraftedXlsx.workbook(CraftedXlsx.row(1, "Presse automne") + CraftedXlsx.row(2, "Nom", "Email")
                + CraftedXlsx.row(3, "Curie", "marie@x.fr"), "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1\"/></mergeCells>");
        Tabular t = TabularReader.read("titre.xlsx", titled, ImportTarget.CONTACTS);
        assertTrue(t.rows().stream().anyMatch(r -> "marie@x.fr".equals(r.cell(1))), "the contact is read: " + t.rows());
    }

    @Test
    void aTallHeaderMergeIsCopiedOverTheHeaderLinesOnly() throws Exception {
        // one column merged down the whole sheet (a million lines): read as if it stopped at the data
        byte[] tall = CraftedXlsx.workbook(CraftedXlsx.row(1, "Nom", "Email") + CraftedXlsx.row(2, "Curie", "marie@x.fr"),
                "<mergeCells count=\"1\"><mergeCell ref=\"A1:A1048576\"/></mergeCells>");
        Tabular t = TabularReader.read("haute.xlsx", tall, ImportTarget.CONTACTS);
        assertEquals(List.of("Nom", "Email"), t.headers());
        assertEquals(1, t.rows().size(), "no line made up below the data");
        assertEquals("Curie", t.rows().get(0).cell(0), "a data cell keeps its own value");
    }

    @Test
    void anXlsxThatInflatesLikeAZipBombIsRefused() throws Exception {
        byte[] bomb = CraftedXlsx.zipBomb();
        assertEquals(true, bomb.length < 1024 * 1024, "a small upload: " + bomb.length);
        assertEquals("import.file.inflated", refused("bombe.xlsx", bomb).key());
    }

    @Test
    void aCellPastTheLastColumnWeReadIsRefused() throws Exception {
        byte[] wide = CraftedXlsx.workbook(CraftedXlsx.row(1, "Nom", "Email")
                + "<row r=\"2\"><c r=\"GS2\" t=\"inlineStr\"><is><t>x</t></is></c></row>", ""); // GS = column 201
        UnreadableFileException e = refused("large.xlsx", wide);
        assertEquals("import.file.tooManyColumns", e.key());
        assertEquals("2", e.detail());
    }

    @Test
    void aHugeCellIsRefusedInBothFormats() throws Exception {
        String huge = "x".repeat(ImportLimits.MAX_CELL_CHARS + 1);
        assertEquals("import.file.cellTooLong", refused("a.xlsx",
                CraftedXlsx.workbook(CraftedXlsx.row(1, "Nom", "Email") + CraftedXlsx.row(2, "Curie", huge), "")).key());
        UnreadableFileException csv = refused("a.csv", ("Nom;Email\nCurie;" + huge + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("import.file.cellTooLong", csv.key());
        assertEquals("2", csv.detail());
    }

    @Test
    void aTenThousandColumnCsvIsRefusedAtItsFirstLine() {
        byte[] wide = ("Nom" + ";x".repeat(9_999) + "\nCurie" + ";y".repeat(9_999) + "\n").getBytes(StandardCharsets.UTF_8);
        UnreadableFileException e = refused("large.csv", wide);
        assertEquals("import.file.tooManyColumns", e.key());
        assertEquals("1", e.detail());
    }

    @Test
    void moreLinesThanTheCapAreRefusedWithTheLineWhereItStopped() {
        StringBuilder csv = new StringBuilder("Nom;Email\n");
        for (int i = 0; i < ImportLimits.MAX_ROWS; i++) {
            csv.append("N").append(i).append(";n").append(i).append("@x.fr\n");
        }
        UnreadableFileException e = refused("long.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("import.file.tooManyRows", e.key());
        assertEquals(String.valueOf(ImportLimits.MAX_ROWS + 1), e.detail());
    }

    @Test
    void aFileAtTheBoundsStillReads() throws Exception {
        StringBuilder csv = new StringBuilder("Nom;Email" + ";c".repeat(ImportLimits.MAX_COLUMNS - 2) + "\n");
        for (int i = 1; i < 100_001; i++) {
            csv.append("N").append(i).append(";n").append(i).append("@x.fr\n");
        }
        assertEquals(100_000, TabularReader.read("cent-mille.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                ImportTarget.CONTACTS).rows().size(), "100,000 contacts and a 200-column header are fine");
        Tabular small = TabularReader.read("petit.xlsx", CraftedXlsx.small(), ImportTarget.CONTACTS);
        assertEquals(List.of("Nom", "Prénom", "Email"), small.headers());
        assertEquals("marie@x.fr", small.rows().get(0).cell(2));
    }
}
