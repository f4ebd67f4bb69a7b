package io.relance.domain.imports;

import io.relance.domain.tenant.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A column mapping saved under a name, header → field, to map the next file of the same shape at
 * once; with the columns kept as tags or notes ("header TAB +FIELD", which older readers skip) and
 * the person's decisions for values ({@link ValueChoices}).
 */
@Entity
@Table(name = "import_mapping")
public class ImportMapping extends TenantRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportTarget target;

    @Column(nullable = false, length = 80)
    private String name;

    /** One "header TAB FIELD" per line: readable in the database, no JSON library needed. */
    @Column(name = "columns_map", nullable = false)
    private String columnsMap;

    @Column(name = "values_map")
    private String valuesMap;

    protected ImportMapping() {
    }

    public ImportMapping(ImportTarget target, String name, Map<String, ImportField> byHeader, Instant createdAt) {
        super(createdAt);
        this.target = target;
        this.name = name;
        replace(byHeader);
    }

    public final void replace(Map<String, ImportField> byHeader) {
        replace(byHeader, Map.of(), ValueChoices.none());
    }

    /** The fields by header, the columns kept as tags or notes by header, and the decisions for values. */
    public final void replace(Map<String, ImportField> byHeader, Map<String, ImportField> kept, ValueChoices values) {
        StringBuilder s = new StringBuilder();
        byHeader.forEach((h, f) -> s.append(h.replace('\t', ' ').replace('\n', ' ')).append('\t').append(f.name()).append('\n'));
        kept.forEach((h, f) -> s.append(h.replace('\t', ' ').replace('\n', ' ')).append("\t+").append(f.name()).append('\n'));
        columnsMap = s.toString();
        valuesMap = values.isEmpty() ? null : values.format();
    }

    /** This mapping laid on a file's headers: fields, kept columns and value decisions. */
    public ColumnMapping applyTo(List<String> headers, ImportTarget target) {
        return ColumnMapping.fromSaved(byHeader(), headers, target).keepingSaved(kept(), headers).withValues(values());
    }

    public ValueChoices values() {
        return ValueChoices.parse(valuesMap);
    }

    /** header → TOPICS, OUTLET_TOPICS or NOTES: the columns kept when they fill no field. */
    public Map<String, ImportField> kept() {
        Map<String, ImportField> out = new LinkedHashMap<>();
        for (String line : columnsMap.split("\n")) {
            int tab = line.lastIndexOf("\t+");
            if (tab > 0) {
                try {
                    out.put(line.substring(0, tab), ImportField.valueOf(line.substring(tab + 2)));
                } catch (IllegalArgumentException e) {
                    // a field that no longer exists: the column is not kept
                }
            }
        }
        return out;
    }

    public Map<String, ImportField> byHeader() {
        Map<String, ImportField> out = new LinkedHashMap<>();
        for (String line : columnsMap.split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                try {
                    out.put(line.substring(0, tab), ImportField.valueOf(line.substring(tab + 1)));
                } catch (IllegalArgumentException e) {
                    // a field that no longer exists: the column is left unmapped
                }
            }
        }
        return out;
    }

    public ImportTarget getTarget() {
        return target;
    }

    public String getName() {
        return name;
    }
}
