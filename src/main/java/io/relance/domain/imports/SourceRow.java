package io.relance.domain.imports;

/** One line of a file: its number as a spreadsheet shows it (the header is usually line 1) and its cells. */
public record SourceRow(int line, String[] cells) {

    /** A cell's text, without the mark our own exports put before a formula character. */
    public String cell(int column) {
        return column < cells.length ? SpreadsheetText.restored(cells[column]) : null;
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
