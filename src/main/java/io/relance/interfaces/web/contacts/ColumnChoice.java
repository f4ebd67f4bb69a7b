package io.relance.interfaces.web.contacts;

import io.relance.domain.imports.ImportField;

import java.io.Serializable;

/**
 * One column of an uploaded file on the mapping step: its header, a few sample values, its field,
 * and, when it fills none, whether its cells are kept as tags or notes.
 */
public class ColumnChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String header;
    private final String samples;
    private ImportField field;
    private ImportField keep;

    public ColumnChoice(int index, String header, String samples, ImportField field) {
        this.index = index;
        this.header = header;
        this.samples = samples;
        this.field = field;
    }

    public int getIndex() { return index; }
    public String getHeader() { return header; }
    public String getSamples() { return samples; }
    public ImportField getField() { return field; }
    public void setField(ImportField field) { this.field = field; }
    public ImportField getKeep() { return keep; }
    public void setKeep(ImportField keep) { this.keep = keep; }
}
