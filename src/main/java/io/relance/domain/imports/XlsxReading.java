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
import java.nio.file.Files;
import java.nio.file.Path;
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

    static List<SourceRow> read(byte[] bytes) throws UnreadableFileException {
        Path file = null;
        try {
            // from a file POI inflates one part at a time as it is read, instead of every part in memory
            file = Files.createTempFile("relance-import", ".xlsx");
            Files.write(file, bytes);
            return read(file);
        } catch (IOException e) {
            throw new UnreadableFileException("import.file.badXlsx", null);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is the OS's to clean, not a reason to fail the import
                }
            }
        }
    }

    private static List<SourceRow> read(Path file) throws UnreadableFileException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
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
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException
                 | org.apache.poi.util.RecordFormatException | IllegalArgumentException | IllegalStateException e) {
            throw refusal(e);
        }
    }

    /** Our own limit as it was crossed, a zip bomb as such, anything else as an unreadable file. */
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

    /** A limit crossed while the sheet streams: stops the parse at once. */
    private static final class Limit extends SAXException {
        private final transient UnreadableFileException refusal;

        Limit(UnreadableFileException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    /** Thrown from the collector, whose callbacks cannot throw a checked exception; turned into a {@link Limit}. */
    private static final class LimitCrossed extends RuntimeException {
        private final transient UnreadableFileException refusal;

        LimitCrossed(String key, int line) {
            super(key, null, false, false);
            this.refusal = new UnreadableFileException(key, String.valueOf(line));
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

        private final TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();
        private final List<CellRangeAddress> merges = new ArrayList<>();
        private TreeMap<Integer, String> current;
        private int rowCount;
        private int widest = -1;

        @Override
        public void startRow(int rowNum) {
            if (++rowCount > ImportLimits.MAX_ROWS) {
                throw new LimitCrossed("import.file.tooManyRows", rowNum + 1);
            }
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

        /** The lines, each merge copied over the header lines and the columns that hold data only. */
        List<SourceRow> rows() {
            for (CellRangeAddress merge : merges) {
                String value = cells.getOrDefault(merge.getFirstRow(), new TreeMap<>()).get(merge.getFirstColumn());
                if (value == null) {
                    continue;
                }
                int lastRow = Math.min(Math.min(merge.getLastRow(), HEADER_ZONE), cells.lastKey());
                int lastColumn = Math.min(merge.getLastColumn(), widest);
                for (int r = merge.getFirstRow(); r <= lastRow; r++) {
                    for (int c = merge.getFirstColumn(); c <= lastColumn; c++) {
                        cells.computeIfAbsent(r, k -> new TreeMap<>()).putIfAbsent(c, value);
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
