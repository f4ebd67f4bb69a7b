package io.relance.interfaces.rest;

import io.relance.application.common.Bounds;
import io.relance.application.contacts.BulkContactService;
import io.relance.application.contacts.ContactCard;
import io.relance.application.contacts.ContactMerges;
import io.relance.application.contacts.DuplicatePair;
import io.relance.application.contacts.FormerOutletRow;
import io.relance.application.contacts.MergeRecord;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactRow;
import io.relance.application.contacts.ContactService;
import io.relance.application.contacts.Selection;
import io.relance.application.contacts.SuppressionEntry;
import io.relance.application.imports.ExportService;
import io.relance.domain.contact.ContactInput;
import io.relance.domain.contact.MergeField;
import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Tier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Contacts for API clients: the same services, rules and roles as the pages. */
@Path("/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    @Inject
    ContactService contacts;

    @Inject
    BulkContactService bulk;

    @Inject
    ExportService exports;

    @Inject
    ContactMerges merges;

    /** A merge: the contact to remove, and the fields whose value is taken from it (the rest stays the kept one's). */
    public record Merge(Long other, List<String> fromOther) {
    }

    /** A bulk action: on the listed ids, or on every contact the filters find when {@code all}. */
    public record Bulk(String action, List<Long> ids, boolean all, String q, String tier, String value) {
    }

    @GET
    public Page<ContactRow> list(@QueryParam("q") String q, @QueryParam("tier") String tier, @QueryParam("topic") String topic,
                                 @BeanParam Paging paging) {
        ContactQuery query = query(q, tier, topic);
        return new Page<>(contacts.count(query), contacts.page(query, paging.first(), paging.size()));
    }

    /** The suppression list: fingerprints of erased people (who arrive opted out if they come back), never an address. */
    @GET
    @Path("/suppression-list")
    public Page<SuppressionEntry> suppressionList(@BeanParam Paging paging) {
        return new Page<>(contacts.countSuppressions(), contacts.suppressions(paging.first(), paging.size()));
    }

    /** Pairs of contacts that are probably one person (same email, mobile, or name at the same outlet). */
    @GET
    @Path("/duplicates")
    public Page<DuplicatePair> duplicates(@BeanParam Paging paging) {
        return new Page<>(merges.countDuplicates(), merges.duplicates(paging.first(), paging.size()));
    }

    /** The merges into this contact: who, when, the removed card's identity, the values taken from it. */
    @GET
    @Path("/{id}/merges")
    public List<MergeRecord> mergesOf(@PathParam("id") long id) {
        return merges.merges(id);
    }

    @GET
    @Path("/{id}/former-outlets")
    public List<FormerOutletRow> formerOutlets(@PathParam("id") long id) {
        return contacts.formerOutlets(id);
    }

    /**
     * Merges {@code other} into this contact (destructive: the other disappears, its history moves
     * here, a "no" said to either stays). Answers what moved and the kept card.
     */
    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> merge(@PathParam("id") long id, Merge body) {
        if (body == null || body.other() == null) {
            throw new BadRequestException("other is required");
        }
        Set<MergeField> fields = EnumSet.noneOf(MergeField.class);
        for (String f : body.fromOther() == null ? List.<String>of() : body.fromOther()) {
            fields.add(parse(MergeField.class, f));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("moved", merges.merge(id, body.other(), fields));
        answer.put("contact", contacts.card(id));
        return answer;
    }

    @GET
    @Path("/{id}")
    public ContactCard card(@PathParam("id") long id) {
        return contacts.card(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ContactInput input, @QueryParam("confirmHomonym") boolean confirmHomonym) {
        return Created.id(contacts.create(input, false, confirmHomonym));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactCard update(@PathParam("id") long id, ContactInput input, @QueryParam("confirmHomonym") boolean confirmHomonym) {
        contacts.update(id, input, null, confirmHomonym);
        return contacts.card(id);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        contacts.delete(id);
        return Response.noContent().build();
    }

    /** GDPR: everything held on the person, as a JSON download. */
    @GET
    @Path("/{id}/personal-data")
    public Response personalData(@PathParam("id") long id) {
        return Response.ok(contacts.personalData(id))
                .header("Content-Disposition", "attachment; filename=\"contact-" + id + ".json\"").build();
    }

    /** GDPR: erase the person (the row stays, anonymous, so that counts elsewhere stay right). */
    @POST
    @Path("/{id}/erase")
    public Response erase(@PathParam("id") long id) {
        contacts.erase(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> bulk(Bulk body) {
        Selection selection = body.all() ? Selection.matching(query(body.q(), body.tier(), null))
                : Selection.of(body.ids() == null ? List.of() : body.ids());
        int changed = switch (body.action() == null ? "" : body.action()) {
            case "tag" -> bulk.tag(selection, body.value());
            case "tier" -> bulk.setTier(selection, parse(Tier.class, body.value()));
            case "owner" -> bulk.assignOwner(selection, Long.parseLong(body.value()));
            case "doNotCall" -> bulk.markDoNotCall(selection, body.value());
            case "delete" -> bulk.delete(selection);
            default -> throw new BadRequestException("unknown action");
        };
        return Map.of("changed", changed);
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response export(@QueryParam("format") @DefaultValue("csv") String format, @QueryParam("q") String q,
                           @QueryParam("tier") String tier, @QueryParam("topic") String topic) {
        ExportService.Format f = "xlsx".equalsIgnoreCase(format) ? ExportService.Format.XLSX : ExportService.Format.CSV;
        ContactQuery query = query(q, tier, topic);
        StreamingOutput body = out -> exports.contacts(query, f, out);
        return Downloads.file(body, "contacts", f);
    }

    static ContactQuery query(String q, String tier, String topic) {
        return new ContactQuery(Bounds.search("q", q), parse(Tier.class, tier), Bounds.search("topic", topic), null,
                (OutletType) null, null, null, null, ContactQuery.Sort.NAME, true);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown " + type.getSimpleName());
        }
    }
}
