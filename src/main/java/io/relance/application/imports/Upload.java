package io.relance.application.imports;

import io.relance.domain.imports.ColumnMapping;
import io.relance.domain.imports.ImportTarget;
import io.relance.domain.imports.Tabular;

/** A file read and given a first mapping (a saved one that fits its headers, else a guess). */
public record Upload(String fileName, ImportTarget target, Tabular table, ColumnMapping mapping, String mappingName) {
}
