package io.relance.domain.sales;

import io.relance.domain.tenant.AuthoredRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The agency's standard quote or one of its proposal templates. Its document is the uploaded PDF
 * when there is one, else generated from the title and text; the title and text are kept while a
 * PDF is used, so that going back to a generated document loses nothing. Archived, not deleted:
 * the emails sent from it still name it.
 */
@Entity
@Table(name = "sales_template")
public class SalesTemplate extends AuthoredRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private SalesKind kind;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "email_subject", nullable = false, length = 200)
    private String emailSubject;

    @Column(name = "email_body", nullable = false)
    private String emailBody;

    @Column(name = "doc_title", length = 200)
    private String docTitle;

    @Column(name = "doc_body")
    private String docBody;

    @Column(name = "pdf")
    private byte[] pdf;

    @Column(name = "pdf_name", length = 200)
    private String pdfName;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SalesTemplate() {
    }

    public SalesTemplate(SalesKind kind, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.kind = kind;
        this.updatedAt = createdAt;
    }

    /**
     * The template as written (already validated and cleaned). {@code pdf}: a new upload, or null to
     * keep the current PDF; a generated document drops the PDF.
     */
    public void describe(SalesTemplateInput in, byte[] pdf, String pdfName, Instant now) {
        this.name = in.name();
        this.emailSubject = in.emailSubject();
        this.emailBody = in.emailBody();
        if (in.docTitle() != null || in.source() == DocumentSource.GENERATED) {
            this.docTitle = in.docTitle();
            this.docBody = in.docBody();
        }
        if (in.source() == DocumentSource.GENERATED) {
            this.pdf = null;
            this.pdfName = null;
        } else if (pdf != null) {
            this.pdf = pdf;
            this.pdfName = pdfName;
        }
        this.updatedAt = now;
    }

    public void archive(Instant now) {
        this.archived = true;
        this.updatedAt = now;
    }

    public boolean hasPdf() {
        return pdf != null;
    }

    public SalesKind getKind() { return kind; }
    public String getName() { return name; }
    public String getEmailSubject() { return emailSubject; }
    public String getEmailBody() { return emailBody; }
    public String getDocTitle() { return docTitle; }
    public String getDocBody() { return docBody; }
    public byte[] getPdf() { return pdf; }
    public String getPdfName() { return pdfName; }
    public boolean isArchived() { return archived; }
    public Instant getUpdatedAt() { return updatedAt; }
}
