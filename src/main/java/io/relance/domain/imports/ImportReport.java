package io.relance.domain.imports;

import jakarta.persistence.Basic;
import io.relance.domain.tenant.AuthoredRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One import: who, which file, the choices made, the totals, and the outcome of every line (a
 * gzipped CSV, downloadable). Written when the import starts, so that a failed import leaves a
 * report too.
 */
@Entity
@Table(name = "import_report")
public class ImportReport extends AuthoredRecord {

    public enum Status {
        RUNNING, DONE, ABORTED, FAILED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportTarget target;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DuplicatePolicy duplicates;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.RUNNING;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "created_count", nullable = false)
    private int created;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "skipped_count", nullable = false)
    private int skipped;

    @Column(name = "rejected_count", nullable = false)
    private int rejected;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "report_csv")
    private byte[] reportCsv;

    protected ImportReport() {
    }

    public ImportReport(ImportTarget target, String fileName, String createdBy, ImportMode mode,
                        DuplicatePolicy duplicates, int totalRows, Instant createdAt) {
        super(createdBy, createdAt);
        this.target = target;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.mode = mode;
        this.duplicates = duplicates;
        this.totalRows = totalRows;
    }

    public void finish(Status status, int created, int updated, int skipped, int rejected, byte[] reportCsv, Instant at) {
        this.status = status;
        this.created = created;
        this.updated = updated;
        this.skipped = skipped;
        this.rejected = rejected;
        this.reportCsv = reportCsv;
        this.finishedAt = at;
    }

    public ImportTarget getTarget() { return target; }
    public String getFileName() { return fileName; }
    public Instant getFinishedAt() { return finishedAt; }
    public ImportMode getMode() { return mode; }
    public DuplicatePolicy getDuplicates() { return duplicates; }
    public Status getStatus() { return status; }
    public int getTotalRows() { return totalRows; }
    public int getCreated() { return created; }
    public int getUpdated() { return updated; }
    public int getSkipped() { return skipped; }
    public int getRejected() { return rejected; }
    public byte[] getReportCsv() { return reportCsv; }
}
