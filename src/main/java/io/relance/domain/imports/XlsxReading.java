package io.relance.domain.imports;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The first sheet of an XLSX, streamed (a 100,000-line workbook never sits in memory as cells).
 * Values are read as the sheet shows them, except dates (ISO, whatever the cell's format) and
 * merged cells of the header zone, whose value is copied across the merge so that a merged header
 * names every column it spans.
 */
final class XlsxReading {

    private XlsxReading() {
    }

    static List<SourceRow> read(byte[] bytes) throws UnreadableFileException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("import.file.empty", null);
            }
            Collector collector = new Collector();
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new MergeAwareHandler(reader.getStylesTable(), strings, collector));
                xml.parse(new InputSource(sheet));
            }
            return collector.rows();
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException e) {
            throw new UnreadableFileException("import.file.badXlsx", null);
        }
    }

    /** Dates as ISO days: "3/1/25" means nothing certain once out of its spreadsheet. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.FRANCE);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate day = DateUtil.getLocalDateTime(value, use1904).toLocalDate();
                return day.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** XSSFSheetXMLHandler, also noting the merged ranges listed after the cells. */
    private static final class MergeAwareHandler extends XSSFSheetXMLHandler {
        private final Collector collector;

        MergeAwareHandler(org.apache.poi.xssf.model.StylesTable styles, ReadOnlySharedStringsTable strings, Collector collector) {
            super(styles, null, strings, collector, new IsoDates(), false);
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("mergeCell".equals(localName)) {
                collector.merges.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();
        private final List<CellRangeAddress> merges = new ArrayList<>();
        private TreeMap<Integer, String> current;

        @Override
        public void startRow(int rowNum) {
            current = new TreeMap<>();
            cells.put(rowNum, current);
        }

        @Override
        public void endRow(int rowNum) {
            current = null;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (current != null && value != null) {
                current.put(new CellAddress(reference).getColumn(), value);
            }
        }

        List<SourceRow> rows() {
            for (CellRangeAddress merge : merges) {
                if (merge.getFirstRow() > HeaderFinder.LOOKAHEAD + 5) {
                    continue;
                }
                String value = cells.getOrDefault(merge.getFirstRow(), new TreeMap<>()).get(merge.getFirstColumn());
                for (int r = merge.getFirstRow(); r <= merge.getLastRow(); r++) {
                    for (int c = merge.getFirstColumn(); c <= merge.getLastColumn(); c++) {
                        if (value != null) {
                            cells.computeIfAbsent(r, k -> new TreeMap<>()).putIfAbsent(c, value);
                        }
                    }
                }
            }
            List<SourceRow> rows = new ArrayList<>(cells.size());
            cells.forEach((r, row) -> {
                int width = row.isEmpty() ? 0 : row.lastKey() + 1;
                String[] values = new String[width];
                row.forEach((c, v) -> values[c] = v);
                rows.add(new SourceRow(r + 1, values));
            });
            return rows;
        }
    }
}
