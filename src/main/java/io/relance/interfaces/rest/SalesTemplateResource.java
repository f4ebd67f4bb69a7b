package io.relance.interfaces.rest;

import io.relance.application.mail.Attachment;
import io.relance.application.mail.MailPreview;
import io.relance.application.sales.PdfUpload;
import io.relance.application.sales.SalesTemplateRow;
import io.relance.application.sales.SalesTemplates;
import io.relance.domain.sales.DocumentSource;
import io.relance.domain.sales.SalesKind;
import io.relance.domain.sales.SalesTemplateInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The agency's standard quote and proposal templates (chef de projet and directeur; a stagiaire gets
 * 403, another agency's id 404, refused values 422 with every problem).
 * <ul>
 * <li>{@code GET /api/sales-templates[?archived=true]}: the quote first, then the proposals;</li>
 * <li>{@code GET /api/sales-templates/{id}}; {@code POST /api/sales-templates} (201 with the id);
 * {@code PUT /api/sales-templates/{id}}; {@code POST /api/sales-templates/{id}/archive};</li>
 * <li>{@code GET /api/sales-templates/{id}/document.pdf}: the document as a sample prospect gets it;</li>
 * <li>{@code POST /api/sales-templates/preview}: the posted email text rendered for that prospect.</li>
 * </ul>
 * A template is JSON: {@code kind} (QUOTE or PROPOSAL, at creation), {@code name}, {@code emailSubject},
 * {@code emailBody}, {@code source} (UPLOADED or GENERATED), {@code docTitle} and {@code docBody} (a
 * generated document), and for an uploaded one {@code pdfName} and {@code pdfBase64}, the file in
 * base64 (at most 5 MB once decoded). An update without {@code pdfBase64} keeps the current PDF.
 */
@Path("sales-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SalesTemplateResource {

    @Inject
    SalesTemplates templates;

    /** A template as posted. */
    public record Template(String kind, String name, String emailSubject, String emailBody, String source, String docTitle,
                           String docBody, String pdfName, String pdfBase64) {

        static final Template NONE = new Template(null, null, null, null, null, null, null, null, null);

        SalesTemplateInput input() {
            return new SalesTemplateInput(name, emailSubject, emailBody, ContactResource.parse(DocumentSource.class, source), docTitle,
                    docBody);
        }

        PdfUpload upload() {
            if (pdfBase64 == null || pdfBase64.isBlank()) {
                return null;
            }
            try {
                return new PdfUpload(pdfName, Base64.getMimeDecoder().decode(pdfBase64));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("pdfBase64: not base64");
            }
        }
    }

    @GET
    public List<SalesTemplateRow> list(@QueryParam("archived") @DefaultValue("false") boolean archived) {
        return templates.list(archived);
    }

    @GET
    @Path("{id}")
    public SalesTemplateRow get(@PathParam("id") long id) {
        return templates.get(id);
    }

    @POST
    public Response create(Template body) {
        Template t = body == null ? Template.NONE : body;
        long id = templates.create(ContactResource.parse(SalesKind.class, t.kind()), t.input(), t.upload());
        return Created.id(id);
    }

    @PUT
    @Path("{id}")
    public SalesTemplateRow update(@PathParam("id") long id, Template body) {
        Template t = body == null ? Template.NONE : body;
        templates.update(id, t.input(), t.upload());
        return templates.get(id);
    }

    @POST
    @Path("{id}/archive")
    public Response archive(@PathParam("id") long id) {
        templates.archive(id);
        return Response.noContent().build();
    }

    @POST
    @Path("preview")
    public MailPreview preview(Template body) {
        return templates.preview((body == null ? Template.NONE : body).input());
    }

    @GET
    @Path("{id}/document.pdf")
    @Produces("application/pdf")
    public Response document(@PathParam("id") long id) {
        Attachment file = templates.document(id);
        return Response.ok(file.content(), file.contentType()).header("Content-Disposition", disposition(file.filename())).build();
    }

    /** An ASCII name for old clients, the real one (accents) for the others (RFC 6266). */
    static String disposition(String fileName) {
        String ascii = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9 ._()-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
