package io.relance.domain.imports;

/**
 * How much of an uploaded file is read, whatever it claims: anyone may sign up and upload, so a
 * crafted file must be refused with a sentence rather than fill the server's memory or keep a
 * thread busy for hours. Every bound sits well above a real 100,000-contact import.
 */
public final class ImportLimits {

    /**
     * The upload itself. Files are streamed to disk and read line by line, so memory no longer grows
     * with the bytes: what bounds them is the disk and the time. 1,000,000 contacts of eleven columns
     * take ~110 MB, of a wide export (~250 bytes a line) ~250 MB: 300 MB holds the million we
     * promise in any shape. (web.xml and relance.cli cap the request just above.)
     */
    public static final int MAX_BYTES = 300 * 1024 * 1024;

    /**
     * Lines read (header and blank lines included): the million we promise, with room for a title and
     * blank lines. What memory still grows with is the lines: ~8 bytes of plan index and ~50 bytes of
     * duplicate keys each while a file is planned (~60 MB at this bound).
     */
    public static final int MAX_ROWS = 1_100_000;

    /** Columns of a line: a contact has about forty fields, a wider sheet is not an address book. */
    public static final int MAX_COLUMNS = 200;

    /** Characters of one cell: Excel's own limit, so no genuine spreadsheet exceeds it. */
    public static final int MAX_CELL_CHARS = 32_767;

    /** Merged ranges in an XLSX's header lines (the only ones copied across): a title row has a few. */
    public static final int MAX_HEADER_MERGES = 1_000;

    /** Uncompressed size of one part of an XLSX (a 100,000-line sheet is ~60 MB of XML). */
    public static final long MAX_XLSX_ENTRY_BYTES = 250L * 1024 * 1024;

    /** Smallest compressed / uncompressed ratio of an XLSX part: text XML compresses ~10×, a bomb ~1000×. */
    public static final double MIN_INFLATE_RATIO = 0.01;

    private ImportLimits() {
    }

    /** Refuses a line too wide or a cell too long; {@code line} is 1-based, as the user counts. */
    static void checkLine(int line, String[] cells) throws UnreadableFileException {
        if (line > MAX_ROWS) {
            throw new UnreadableFileException("import.file.tooManyRows", String.valueOf(line));
        }
        if (cells.length > MAX_COLUMNS) {
            throw new UnreadableFileException("import.file.tooManyColumns", String.valueOf(line));
        }
        for (String cell : cells) {
            if (cell != null && cell.length() > MAX_CELL_CHARS) {
                throw new UnreadableFileException("import.file.cellTooLong", String.valueOf(line));
            }
        }
    }
}
