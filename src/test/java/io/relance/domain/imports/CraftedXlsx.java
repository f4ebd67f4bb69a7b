package io.relance.domain.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * XLSX files written by hand, the way an attacker would: the smallest valid package around a
 * sheet XML we choose (POI's own writer refuses what we need to send). Built in the test, never
 * checked in as a binary.
 */
public final class CraftedXlsx {

    private CraftedXlsx() {
    }

    /** A header and one contact, under a merge of the whole sheet: 17 billion cells if expanded. */
    public static byte[] mergedSheetBomb() throws IOException {
        return workbook(row(1, "Nom", "Email") + row(2, "Curie", "marie@x.fr"),
                "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>");
    }

    /** A tiny file whose sheet inflates ~1000×: 64 MB of blanks between two cells. */
    public static byte[] zipBomb() throws IOException {
        return workbook(row(1, "Nom", "Email") + " ".repeat(64 * 1024 * 1024) + row(2, "Curie", "marie@x.fr"), "");
    }

    /** A normal small workbook: a header and one contact. */
    public static byte[] small() throws IOException {
        return workbook(row(1, "Nom", "Prénom", "Email") + row(2, "Curie", "Marie", "marie@x.fr"), "");
    }

    /** Row {@code r} (1-based) of inline strings in columns A, B, C... */
    public static String row(int r, String... cells) {
        StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
        for (int i = 0; i < cells.length; i++) {
            row.append("<c r=\"").append((char) ('A' + i)).append(r).append("\" t=\"inlineStr\"><is><t>").append(cells[i])
                    .append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    /** A package with one sheet: {@code sheetData} inside {@code <sheetData>}, {@code after} after it. */
    public static byte[] workbook(String sheetData, String after) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Contacts\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + sheetData + "</sheetData>" + after + "</worksheet>");
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
