package io.relance.application.imports;

import io.relance.domain.imports.ColumnMapping;
import io.relance.domain.imports.ImportTarget;
import io.relance.domain.imports.TableFile;

import java.io.Serializable;
import java.util.List;

/**
 * A file received and read once, given a first mapping (a saved one that fits its headers, else a
 * guess). Small: the file stays on disk ({@code table} knows where), this holds its header, its
 * number of data lines and a few sample values per column for the mapping step.
 */
public record Upload(String fileName, ImportTarget target, TableFile table, int rowCount, List<String> samples,
                     ColumnMapping mapping, String mappingName) implements Serializable {
}
