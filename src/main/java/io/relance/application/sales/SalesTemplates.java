package io.relance.application.sales;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.mail.Attachment;
import io.relance.application.mail.MailPreview;
import io.relance.domain.contact.Problem;
import io.relance.domain.sales.DocumentSource;
import io.relance.domain.sales.SalesKind;
import io.relance.domain.sales.SalesTemplate;
import io.relance.domain.sales.SalesTemplateInput;
import io.relance.domain.sales.SalesValues;
import io.relance.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The agency's standard quote (one) and proposal templates (any number), kept by a chef de projet
 * or the directeur. A PDF is checked before anything is saved, and a refused save changes nothing.
 * Proposals are archived, never deleted: the emails sent from them keep their name. Every id is
 * looked up in the caller's agency: another agency's answers 404.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class SalesTemplates {

    @Inject
    CurrentStaff current;

    @Inject
    SalesTemplateRepository templates;

    @Inject
    AppClock clock;


    /** The quote first, then the proposals by name; archived ones only when asked. */
    public List<SalesTemplateRow> list(boolean withArchived) {
        return templates.rows(withArchived);
    }

    public SalesTemplateRow get(long id) {
        return templates.row(id).orElseThrow(() -> new NotFoundException("Sales template " + id));
    }

    /** {@code upload}: the PDF of an uploaded document (ignored for a generated one). */
    public long create(SalesKind kind, SalesTemplateInput input, PdfUpload upload) {
        if (kind == null) {
            throw new Refused("kind", "sales.kind.required");
        }
        PdfUpload pdf = checked(input, upload, false);
        if (kind == SalesKind.QUOTE) {
            templates.lockAgency();
            if (templates.quote().isPresent()) {
                throw new Refused("kind", "sales.quote.exists");
            }
        }
        SalesTemplate t = new SalesTemplate(kind, current.email(), clock.now());
        describe(t, input, pdf);
        templates.add(t);
        return t.getId();
    }

    public void update(long id, SalesTemplateInput input, PdfUpload upload) {
        SalesTemplate t = templates.require(id);
        if (t.isArchived()) {
            throw new Refused("template", "sales.template.archived");
        }
        describe(t, input, checked(input, upload, t.hasPdf()));
    }

    /** A proposal leaves the card's buttons; the quote stays (the agency always has one). */
    public void archive(long id) {
        SalesTemplate t = templates.require(id);
        if (t.getKind() == SalesKind.QUOTE) {
            throw new Refused("kind", "sales.quote.archive");
        }
        if (!t.isArchived()) {
            t.archive(clock.now());
        }
    }

    /** The email as a sample prospect would read it, signed by the caller (the form's live preview). */
    public MailPreview preview(SalesTemplateInput input) {
        Prospect p = templates.sample();
        SalesValues v = values(p);
        return new MailPreview(p.firstName() + " " + p.lastName() + " (" + p.company() + ")",
                v.line(input.emailSubject() == null ? "" : input.emailSubject()), v.text(input.emailBody()));
    }

    /** The template's document as a sample prospect would receive it. */
    public Attachment document(long id) {
        Prospect p = templates.sample();
        return SalesPdf.attachment(templates.require(id), p, values(p), clock.now());
    }

    private SalesValues values(Prospect p) {
        return new SalesValues(p.firstName(), p.lastName(), p.company(), current.firstName(),
                p.agencyName());
    }

    /** Every problem at once, the PDF's first; answers the upload to keep (null: keep what is there). */
    private static PdfUpload checked(SalesTemplateInput input, PdfUpload upload, boolean hasPdf) {
        boolean uploading = input != null && input.source() == DocumentSource.UPLOADED && upload != null
                && upload.content() != null && upload.content().length > 0;
        List<Problem> problems = new ArrayList<>(uploading ? upload.problems() : List.of());
        if (input == null) {
            input = new SalesTemplateInput(null, null, null, null, null, null);
        }
        problems.addAll(input.problems(hasPdf || uploading).stream()
                .filter(p -> !(uploading && p.key().equals("sales.pdf.required"))).toList());
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return uploading ? upload : null;
    }

    private void describe(SalesTemplate t, SalesTemplateInput input, PdfUpload pdf) {
        t.describe(input.cleaned(), pdf == null ? null : pdf.content(), pdf == null ? null : pdf.name(), clock.now());
    }
}
