package io.relance.domain.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the header among a file's first lines: exports often start with a title line, and
 * spreadsheets with a row of merged group headers ("Coordonnées" over two columns). The header is
 * the line naming the most known fields; ties go to the line with more distinct cells, then the first.
 */
final class HeaderFinder {

    static final int LOOKAHEAD = 10;

    private HeaderFinder() {
    }

    /** The header among the file's first non-blank lines (at most {@link #LOOKAHEAD} of them). */
    static SourceRow header(List<SourceRow> candidates, ImportTarget target) throws UnreadableFileException {
        if (candidates.isEmpty()) {
            throw new UnreadableFileException("import.file.empty", null);
        }
        SourceRow best = null;
        int bestKnown = -1;
        int bestDistinct = -1;
        for (SourceRow row : candidates) {
            Set<ImportField> known = new HashSet<>();
            Set<String> distinct = new HashSet<>();
            for (String cell : row.cells()) {
                if (cell != null && !cell.isBlank()) {
                    distinct.add(cell.strip());
                    ImportField.recognise(cell, target).ifPresent(known::add);
                }
            }
            if (known.size() > bestKnown || known.size() == bestKnown && distinct.size() > bestDistinct) {
                best = row;
                bestKnown = known.size();
                bestDistinct = distinct.size();
            }
        }
        return best;
    }

    /** Trimmed headers; a blank one is named by its position, a repeated one numbered. */
    static List<String> headers(String[] cells) {
        List<String> headers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.length; i++) {
            String h = cells[i] == null ? "" : cells[i].strip().replaceAll("\\s+", " ");
            if (h.isEmpty()) {
                h = "#" + (i + 1);
            }
            String unique = h;
            for (int n = 2; !seen.add(unique.toLowerCase()); n++) {
                unique = h + " (" + n + ")";
            }
            headers.add(unique);
        }
        return headers;
    }
}
