package io.relance.interfaces.web.sales;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.mail.Attachment;
import io.relance.application.mail.MailPreview;
import io.relance.application.sales.PdfUpload;
import io.relance.application.sales.SalesTemplateRow;
import io.relance.application.sales.SalesTemplates;
import io.relance.domain.sales.DocumentSource;
import io.relance.domain.sales.SalesKind;
import io.relance.domain.sales.SalesTemplateInput;
import io.relance.domain.sales.SalesValues;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The agency's sales documents: one form, on the standard quote when the page opens (a blank one if
 * there is none yet), or on the proposal being added or edited; the proposals' list below it. A
 * refused save keeps everything typed and the PDF already kept; the upload is checked first.
 */
@Named
@ViewScoped
public class SalesTemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SalesTemplates templates;

    private List<SalesTemplateRow> rows;
    private SalesTemplateRow quote;
    /** What the form edits: the quote or a proposal (null id: a new one). */
    private SalesKind kind;
    private Long editing;
    private String name;
    private String emailSubject;
    private String emailBody;
    private DocumentSource source = DocumentSource.GENERATED;
    private String docTitle;
    private String docBody;
    private String pdfName;
    private long pdfBytes;
    private transient UploadedFile file;
    private MailPreview preview;

    public void load() {
        if (rows == null) {
            refresh();
            editQuote();
        }
    }

    private void refresh() {
        List<SalesTemplateRow> all = templates.list(false);
        quote = all.stream().filter(r -> r.kind() == SalesKind.QUOTE).findFirst().orElse(null);
        rows = all.stream().filter(r -> r.kind() == SalesKind.PROPOSAL).toList();
    }

    public void editQuote() {
        if (quote == null) {
            fill(SalesKind.QUOTE, null, Messages.text("sales.quote.defaultName"), null, null, DocumentSource.GENERATED, null, null, null, 0);
        } else {
            edit(quote);
        }
    }

    public void newProposal() {
        fill(SalesKind.PROPOSAL, null, null, null, null, DocumentSource.GENERATED, null, null, null, 0);
    }

    public void edit(SalesTemplateRow r) {
        fill(r.kind(), r.id(), r.name(), r.emailSubject(), r.emailBody(), r.source(), r.docTitle(), r.docBody(), r.pdfName(), r.pdfBytes());
    }

    public void save() {
        SalesTemplateInput input = new SalesTemplateInput(name, emailSubject, emailBody, source, docTitle, docBody);
        PdfUpload upload = file == null || file.getSize() == 0 ? null : new PdfUpload(file.getFileName(), file.getContent());
        try {
            if (editing == null) {
                editing = templates.create(kind, input, upload);
            } else {
                templates.update(editing, input, upload);
            }
            Messages.info("sales.saved", name);
            refresh();
            edit(templates.get(editing));
        } catch (Refused e) {
            Refusals.show(e, SalesTemplatesView::field);
        } catch (NotFoundException e) {
            Messages.error(null, "sales.gone");
            refresh();
            editQuote();
        } finally {
            file = null;
        }
    }

    public void archive(SalesTemplateRow r) {
        try {
            templates.archive(r.id());
            Messages.info("sales.archived", r.name());
        } catch (NotFoundException e) {
            Messages.error(null, "sales.gone");
        }
        if (Long.valueOf(r.id()).equals(editing)) {
            editQuote();
        }
        refresh();
    }

    /** The template's document as a sample prospect would receive it. */
    public StreamedContent document(long id) {
        Attachment a = templates.document(id);
        return DefaultStreamedContent.builder().name(a.filename()).contentType(a.contentType())
                .stream(() -> new ByteArrayInputStream(a.content())).build();
    }

    public MailPreview getPreview() {
        if (preview == null) {
            preview = templates.preview(new SalesTemplateInput(name, emailSubject, emailBody, source, docTitle, docBody));
        }
        return preview;
    }

    private void fill(SalesKind kind, Long id, String name, String subject, String body, DocumentSource source, String docTitle,
                      String docBody, String pdfName, long pdfBytes) {
        this.kind = kind;
        this.editing = id;
        this.name = name;
        this.emailSubject = subject;
        this.emailBody = body;
        this.source = source;
        this.docTitle = docTitle;
        this.docBody = docBody;
        this.pdfName = pdfName;
        this.pdfBytes = pdfBytes;
        this.preview = null;
    }

    /** The form's field a problem belongs to ("template" and "kind" are the whole form's). */
    private static String field(String field) {
        return switch (field) {
            case "name", "emailSubject", "emailBody", "source", "docTitle", "docBody", "pdf" -> "form:" + field;
            default -> null;
        };
    }

    public String getVariables() {
        return String.join(" ", SalesValues.VARIABLES.stream().map(v -> "{" + v + "}").toList());
    }

    /** The kept PDF's size in kilobytes (the page formats it in the reader's language). */
    public long getPdfKilobytes() {
        return Math.max(1, (pdfBytes + 512) / 1024);
    }

    public List<SalesTemplateRow> getRows() { return rows; }
    public SalesTemplateRow getQuote() { return quote; }
    public SalesKind getKind() { return kind; }
    public boolean isQuoteForm() { return kind == SalesKind.QUOTE; }
    public Long getEditing() { return editing; }
    public DocumentSource[] getSources() { return DocumentSource.values(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmailSubject() { return emailSubject; }
    public void setEmailSubject(String emailSubject) { this.emailSubject = emailSubject; this.preview = null; }
    public String getEmailBody() { return emailBody; }
    public void setEmailBody(String emailBody) { this.emailBody = emailBody; this.preview = null; }
    public DocumentSource getSource() { return source; }
    public void setSource(DocumentSource source) { this.source = source; }
    public String getDocTitle() { return docTitle; }
    public void setDocTitle(String docTitle) { this.docTitle = docTitle; }
    public String getDocBody() { return docBody; }
    public void setDocBody(String docBody) { this.docBody = docBody; }
    public String getPdfName() { return pdfName; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
