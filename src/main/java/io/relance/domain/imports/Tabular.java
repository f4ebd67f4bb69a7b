package io.relance.domain.imports;

import java.util.List;

/** A file read as a table: the header cells and the data lines after it (blank lines left out). */
public record Tabular(List<String> headers, List<SourceRow> rows, String description) {
}
