package io.relance.domain.imports;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.IOUtils;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The first sheet of an XLSX, streamed with POI's SAX reader (a 100,000-line workbook never sits
 * in memory as cells); its shared strings are POI's read-only table, in memory, bounded by
 * {@link ImportLimits#MAX_XLSX_ENTRY_BYTES}.
 * Values are read as the sheet shows them, except dates (ISO, whatever the cell's format) and
 * merged cells of the header zone, whose value is copied across the merge so that a merged header
 * names every column it spans.
 * <p>
 * Bounded ({@link ImportLimits}): POI refuses a part that inflates like a zip bomb or beyond a
 * size, lines, columns, cells and header merges are counted as they stream, and a merge is copied
 * only over the header lines and the columns that hold data, so that
 * {@code <mergeCell ref="A1:XFD1048576"/>} costs nothing.
 */
final class XlsxReading {

    static {
        // POI's own guards are JVM-wide and its defaults let a part inflate to 4 GB: set them here,
        // before any workbook is opened (exports write workbooks, they never read one)
        ZipSecureFile.setMinInflateRatio(ImportLimits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(ImportLimits.MAX_XLSX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(ImportLimits.MAX_XLSX_ENTRY_BYTES);
        IOUtils.setByteArrayMaxOverride((int) ImportLimits.MAX_XLSX_ENTRY_BYTES);
    }

    private XlsxReading() {
    }

    /**
     * The lines of the header zone, each merge of that zone copied over them. Merges are listed after
     * the cells in the sheet's XML, so this reads the whole sheet once, keeping only those first lines.
     */
    static List<SourceRow> headerZone(Path file) throws UnreadableFileException {
        Collector collector = new Collector(null);
        parse(file, collector);
        return collector.zoneRows();
    }

    /**
     * Every line in order: the header zone as {@link #headerZone} gave it, then the lines below it
     * one at a time as the sheet streams (a 100,000-line workbook never sits in memory as cells).
     */
    static void read(Path file, List<SourceRow> headerZone, RowSink sink) throws UnreadableFileException {
        for (SourceRow row : headerZone) {
            if (!sink.row(row)) {
                return;
            }
        }
        parse(file, new Collector(sink));
    }

    private static void parse(Path file, Collector collector) throws UnreadableFileException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("import.file.empty", null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new MergeAwareHandler(reader.getStylesTable(), strings, collector));
                xml.parse(new InputSource(sheet));
            }
        } catch (Limit e) {
            if (e.refusal != null) {
                throw e.refusal;
            }
            // the reader asked for no more lines
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException
                 | org.apache.poi.util.RecordFormatException | IllegalArgumentException | IllegalStateException e) {
            UnreadableFileException refusal = refusal(e);
            if (refusal != null) {
                throw refusal;
            }
        }
    }

    /** Our own limit as it was crossed (null: the reader stopped), a zip bomb as such, anything else as an unreadable file. */
    private static UnreadableFileException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Limit limit) {
                return limit.refusal;
            }
            // POI's guards: a part inflating like a zip bomb or past its size, an array past the override
            if (t instanceof org.apache.poi.util.RecordFormatException
                    || t.getMessage() != null && (t.getMessage().contains("Zip bomb") || t.getMessage().contains("max size"))) {
                return new UnreadableFileException("import.file.inflated", null);
            }
        }
        return new UnreadableFileException("import.file.badXlsx", null);
    }

    /** A limit crossed while the sheet streams (or, without a refusal, the reader had enough): stops the parse at once. */
    private static final class Limit extends SAXException {
        private final transient UnreadableFileException refusal;

        Limit(UnreadableFileException refusal) {
            super(refusal == null ? "enough lines" : refusal.getMessage());
            this.refusal = refusal;
        }
    }

    /** Thrown from the collector, whose callbacks cannot throw a checked exception; turned into a {@link Limit}. */
    private static final class LimitCrossed extends RuntimeException {
        private final transient UnreadableFileException refusal;

        LimitCrossed(String key, int line) {
            this(new UnreadableFileException(key, String.valueOf(line)));
        }

        /** Null: no refusal, the reader asked for no more lines. */
        LimitCrossed(UnreadableFileException refusal) {
            super(refusal == null ? "enough lines" : refusal.key(), null, false, false);
            this.refusal = refusal;
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
            try {
                if ("mergeCell".equals(localName)) {
                    collector.merge(CellRangeAddress.valueOf(attributes.getValue("ref")));
                }
                super.startElement(uri, localName, qName, attributes); // a row's start reaches the collector
            } catch (LimitCrossed e) {
                throw new Limit(e.refusal);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            try {
                super.endElement(uri, localName, qName); // a cell's value reaches the collector
            } catch (LimitCrossed e) {
                throw new Limit(e.refusal);
            }
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        /** Only merges starting in these lines are copied: they name the columns of a grouped header. */
        private static final int HEADER_ZONE = HeaderFinder.LOOKAHEAD + 5;

        /** Null while the header zone is read (it is kept); else hears each line below the zone. */
        private final RowSink sink;
        private final TreeMap<Integer, TreeMap<Integer, String>> zone = new TreeMap<>();
        private final List<CellRangeAddress> merges = new ArrayList<>();
        private TreeMap<Integer, String> current;
        private int rowCount;
        private int widest = -1;
        private int lastRow = -1;

        Collector(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            if (++rowCount > ImportLimits.MAX_ROWS) {
                throw new LimitCrossed("import.file.tooManyRows", rowNum + 1);
            }
            current = new TreeMap<>();
            lastRow = Math.max(lastRow, rowNum);
            if (sink == null && rowNum <= HEADER_ZONE) {
                zone.put(rowNum, current);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (sink != null && rowNum > HEADER_ZONE) {
                try {
                    if (!sink.row(row(rowNum, current))) {
                        throw new LimitCrossed(null);
                    }
                } catch (UnreadableFileException e) {
                    throw new LimitCrossed(e);
                }
            }
            current = null;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (current != null && value != null) {
                CellAddress at = new CellAddress(reference);
                if (at.getColumn() >= ImportLimits.MAX_COLUMNS) {
                    throw new LimitCrossed("import.file.tooManyColumns", at.getRow() + 1);
                }
                if (value.length() > ImportLimits.MAX_CELL_CHARS) {
                    throw new LimitCrossed("import.file.cellTooLong", at.getRow() + 1);
                }
                current.put(at.getColumn(), value);
                widest = Math.max(widest, at.getColumn());
            }
        }

        /**
         * A merge of the header lines; merges further down are not copied, so not kept. However wide
         * or tall (a title merged across the whole row is {@code A1:XFD1}, a crafted one the whole
         * sheet), it is copied over the header lines and the columns that hold data only: bounded by
         * the sheet's real data, it costs nothing and a genuine file is still read.
         */
        void merge(CellRangeAddress merge) {
            if (merge.getFirstRow() > HEADER_ZONE) {
                return;
            }
            if (merges.size() >= ImportLimits.MAX_HEADER_MERGES) {
                throw new LimitCrossed("import.file.tooManyMerges", merge.getFirstRow() + 1);
            }
            merges.add(merge);
        }

        /** The header zone's lines, each merge copied over the header lines and the columns that hold data only. */
        List<SourceRow> zoneRows() {
            for (CellRangeAddress merge : merges) {
                String value = zone.getOrDefault(merge.getFirstRow(), new TreeMap<>()).get(merge.getFirstColumn());
                if (value == null) {
                    continue;
                }
                int last = Math.min(Math.min(merge.getLastRow(), HEADER_ZONE), lastRow);
                int lastColumn = Math.min(merge.getLastColumn(), widest);
                for (int r = merge.getFirstRow(); r <= last; r++) {
                    for (int c = merge.getFirstColumn(); c <= lastColumn; c++) {
                        zone.computeIfAbsent(r, k -> new TreeMap<>()).putIfAbsent(c, value);
                    }
                }
            }
            List<SourceRow> rows = new ArrayList<>(zone.size());
            zone.forEach((r, row) -> rows.add(row(r, row)));
            return rows;
        }

        private static SourceRow row(int rowNum, TreeMap<Integer, String> row) {
            int width = row.isEmpty() ? 0 : row.lastKey() + 1;
            String[] values = new String[width];
            row.forEach((c, v) -> values[c] = v);
            return new SourceRow(rowNum + 1, values);
        }
    }
}
