package io.relance.domain.imports;

import io.relance.domain.tenant.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A column mapping saved under a name, header → field, to map the next file of the same shape at once. */
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

    protected ImportMapping() {
    }

    public ImportMapping(ImportTarget target, String name, Map<String, ImportField> byHeader, Instant createdAt) {
        super(createdAt);
        this.target = target;
        this.name = name;
        replace(byHeader);
    }

    public final void replace(Map<String, ImportField> byHeader) {
        StringBuilder s = new StringBuilder();
        byHeader.forEach((h, f) -> s.append(h.replace('\t', ' ').replace('\n', ' ')).append('\t').append(f.name()).append('\n'));
        columnsMap = s.toString();
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
