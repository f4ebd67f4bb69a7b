package io.relance.domain.imports;

/**
 * Text cells that a spreadsheet would run as a formula (CSV injection): a cell we write that starts
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show
 * as text and hide; a cell we read back with that mark loses it, so an export re-imported is the
 * same (a phone number "+33 6…" included).
 */
public final class SpreadsheetText {

    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The cell as written to a file people open in a spreadsheet. */
    public static String neutral(String cell) {
        return cell != null && !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The cell as read from a file: our own mark removed (only before a character that needed it). */
    public static String restored(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && TRIGGERS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
