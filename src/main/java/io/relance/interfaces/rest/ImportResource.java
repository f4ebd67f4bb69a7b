package io.relance.interfaces.rest;

import io.relance.application.imports.ImportFiles;
import io.relance.application.imports.ImportService;
import io.relance.application.imports.SpooledPlan;
import io.relance.application.imports.Upload;
import io.relance.domain.imports.DuplicatePolicy;
import io.relance.domain.imports.ImportField;
import io.relance.domain.imports.ImportMapping;
import io.relance.domain.imports.ImportMode;
import io.relance.domain.imports.ImportReport;
import io.relance.domain.imports.ImportTarget;
import io.relance.domain.imports.ValueChoices;
import io.relance.domain.imports.ValueReview;
import io.relance.application.common.Refused;
import io.relance.domain.contact.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports for API clients: post the file's bytes; the saved mapping that fits its headers (else
 * the guess from its headers) maps the columns and decides the values of its choice columns; the
 * import runs in the background and its report is read when done. To choose values by hand, post
 * the file to {@code /imports/values} to see what each distinct value becomes, then save a mapping
 * with {@code values} (field → value → code, {@code EMPTY} or {@code REJECT}): the next files of
 * that source use it.
 */
@Path("/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportService imports;

    /** Where an import stands. */
    public record Status(long id, String status, int percent, int total, int created, int updated, int skipped, int rejected) {
        static Status of(ImportReport r, int percent) {
            return new Status(r.getId(), r.getStatus().name(), percent, r.getTotalRows(), r.getCreated(), r.getUpdated(),
                    r.getSkipped(), r.getRejected());
        }
    }

    /**
     * A saved mapping: header → field; the columns kept as tags or notes (header → TOPICS,
     * OUTLET_TOPICS or NOTES); the decisions for values (field → value as written → a code,
     * {@code EMPTY} to leave it empty or {@code REJECT} to reject its lines). The last two may be absent.
     */
    public record Mapping(Long id, String target, String name, Map<String, ImportField> columns,
                          Map<String, ImportField> kept, Map<String, Map<String, String>> values) {
    }

    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", Downloads.XLSX})
    public Response start(InputStream body, @HeaderParam("Content-Length") Long length,
                          @HeaderParam("X-File-Name") @DefaultValue("import.csv") String fileName,
                          @QueryParam("target") @DefaultValue("CONTACTS") String target,
                          @QueryParam("mode") @DefaultValue("VALID_ROWS") String mode,
                          @QueryParam("duplicates") @DefaultValue("SKIP") String duplicates,
                          @QueryParam("lang") @DefaultValue("fr") String lang) {
        Upload upload = receive(body, length, fileName, target);
        DuplicatePolicy policy = ContactResource.parse(DuplicatePolicy.class, duplicates);
        SpooledPlan plan = planned(upload, policy);
        try {
            long id = imports.start(upload, plan, ContactResource.parse(ImportMode.class, mode), policy, Locale.forLanguageTag(lang));
            return Response.accepted(Map.of("id", id, "planned", plan.countsByAction())).build();
        } catch (RuntimeException e) {
            plan.delete();
            ImportFiles.delete(upload.table().path());
            throw e;
        }
    }

    /**
     * The preview: what each line would become, without importing anything; every line, or the page
     * {@code first}/{@code size} of them, the totals in {@code X-Import-*} headers. Written line by
     * line from the plan on disk, whatever the length of the file.
     */
    @POST
    @Path("/preview")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", Downloads.XLSX})
    public Response preview(InputStream body, @HeaderParam("Content-Length") Long length,
                            @HeaderParam("X-File-Name") @DefaultValue("import.csv") String fileName,
                            @QueryParam("target") @DefaultValue("CONTACTS") String target,
                            @QueryParam("duplicates") @DefaultValue("SKIP") String duplicates,
                            @QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("size") @DefaultValue("-1") int size) {
        Upload upload = receive(body, length, fileName, target);
        SpooledPlan plan = planned(upload, ContactResource.parse(DuplicatePolicy.class, duplicates));
        ImportFiles.delete(upload.table().path()); // the preview answers from the plan alone
        Response.ResponseBuilder answer = Response.ok(size < 0 ? (StreamingOutput) out -> everyRow(plan, out)
                : (StreamingOutput) out -> page(plan, first, size, out), MediaType.APPLICATION_JSON);
        plan.countsByAction().forEach((action, n) -> answer.header("X-Import-" + action.name(), n));
        return answer.header("X-Import-Total", plan.size()).build();
    }

    /** The posted file, on disk only for a caller who may import, and read; nothing is left behind if refused. */
    private Upload receive(InputStream body, Long length, String fileName, String target) {
        imports.mayImport();
        ImportTarget into = ContactResource.parse(ImportTarget.class, target);
        java.nio.file.Path file = ImportFiles.receive(body, length);
        try {
            return imports.read(fileName, file, into);
        } catch (RuntimeException e) {
            ImportFiles.delete(file);
            throw e;
        }
    }

    /** The upload's plan; the upload is deleted if planning fails. */
    private SpooledPlan planned(Upload upload, DuplicatePolicy policy) {
        try {
            return imports.plan(upload, upload.mapping(), policy);
        } catch (RuntimeException e) {
            ImportFiles.delete(upload.table().path());
            throw e;
        }
    }

    private static void everyRow(SpooledPlan plan, OutputStream out) throws IOException {
        try (Jsonb json = JsonbBuilder.create(); Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('[');
            boolean[] first = {true};
            plan.forEach(row -> {
                try {
                    writer.write(first[0] ? "" : ",");
                    first[0] = false;
                    writer.write(json.toJson(row)); // toJson(row, writer) would close the writer after one row
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.write(']');
        } catch (Exception e) {
            throw e instanceof IOException io ? io : new IOException(e);
        } finally {
            plan.delete();
        }
    }

    private static void page(SpooledPlan plan, int first, int size, OutputStream out) throws IOException {
        try (Jsonb json = JsonbBuilder.create(); Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            json.toJson(plan.page(SpooledPlan.Show.ALL, first, Math.min(size, 1000)), writer);
        } catch (Exception e) {
            throw e instanceof IOException io ? io : new IOException(e);
        } finally {
            plan.delete();
        }
    }

    /** The distinct values of the file's choice columns, each with what it becomes and how it was read. */
    @POST
    @Path("/values")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", Downloads.XLSX})
    public List<ValueReview> values(InputStream body, @HeaderParam("Content-Length") Long length,
                                    @HeaderParam("X-File-Name") @DefaultValue("import.csv") String fileName,
                                    @QueryParam("target") @DefaultValue("CONTACTS") String target) {
        Upload upload = receive(body, length, fileName, target); // refused before a byte is written, as the other uploads
        try {
            return imports.values(upload, upload.mapping());
        } finally {
            ImportFiles.delete(upload.table().path());
        }
    }

    @GET
    @Path("/{id}")
    public Status status(@PathParam("id") long id) {
        int percent = imports.progress(id);
        return Status.of(imports.report(id), percent);
    }

    @GET
    @Path("/{id}/report")
    @Produces("text/csv")
    public Response report(@PathParam("id") long id) {
        InputStream csv = imports.reportCsv(id); // here, so that an unknown id is 404 before anything is sent
        StreamingOutput body = out -> {
            try (csv) {
                csv.transferTo(out);
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-rapport.csv\"").build();
    }

    @GET
    @Path("/mappings")
    public List<Mapping> mappings(@QueryParam("target") @DefaultValue("CONTACTS") String target) {
        return imports.mappings(ContactResource.parse(ImportTarget.class, target)).stream().map(ImportResource::mapping).toList();
    }

    @POST
    @Path("/mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveMapping(Mapping body) {
        ImportTarget target = ContactResource.parse(ImportTarget.class, body.target() == null ? "CONTACTS" : body.target());
        ValueChoices values;
        try {
            Map<ImportField, Map<String, String>> byField = new java.util.EnumMap<>(ImportField.class);
            if (body.values() != null) {
                body.values().forEach((field, decisions) -> byField.put(ImportField.valueOf(field), decisions));
            }
            values = ValueChoices.of(byField);
        } catch (IllegalArgumentException e) {
            throw new Refused(List.of(new Problem("values", "import.value.badChoice", e.getMessage())));
        }
        imports.saveMapping(target, body.name(), body.columns() == null ? Map.of() : body.columns(),
                body.kept() == null ? Map.of() : body.kept(), values);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/mappings/{id}")
    public Response deleteMapping(@PathParam("id") long id) {
        imports.deleteMapping(id);
        return Response.noContent().build();
    }

    private static Mapping mapping(ImportMapping m) {
        Map<String, Map<String, String>> values = new java.util.LinkedHashMap<>();
        m.values().asMap().forEach((field, decisions) -> values.put(field.name(), decisions));
        return new Mapping(m.getId(), m.getTarget().name(), m.getName(), m.byHeader(), m.kept(), values);
    }
}
