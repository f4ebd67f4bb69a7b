package io.relance.interfaces.rest;

import io.relance.application.bilan.Bilan;
import io.relance.application.bilan.BilanExports;
import io.relance.application.bilan.BilanService;
import io.relance.application.bilan.export.BilanReport;
import io.relance.application.campaigns.CampaignRow;
import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.ClientRow;
import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.campaigns.LaunchService;
import io.relance.domain.staff.Member;
import io.relance.application.campaigns.Target;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.Bounds;
import io.relance.application.contacts.ContactQuery;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Tier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Clients, campaigns, their targeting, launch, enrolments and bilan, for API clients. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @Inject
    TargetingService targeting;

    @Inject
    LaunchService launcher;

    @Inject
    BilanService bilans;

    @Inject
    BilanExports exports;

    /** Targeting by filters (every field optional) or by ids. */
    public record Targets(List<Long> ids, String q, String outletType, String periodicity, String tier, String topic) {
    }

    @GET
    @Path("clients")
    public List<ClientRow> clients() {
        return campaigns.clients();
    }

    @POST
    @Path("clients")
    public Map<String, Long> createClient(Map<String, String> body) {
        return Map.of("id", campaigns.createClient(body == null ? null : body.get("name")));
    }

    @GET
    @Path("campaigns")
    public Page<CampaignRow> list(@QueryParam("status") String status, @BeanParam Paging paging) {
        CampaignStatus s = ContactResource.parse(CampaignStatus.class, status);
        return new Page<>(campaigns.count(s), campaigns.page(s, paging.first(), paging.size()));
    }

    @POST
    @Path("campaigns")
    public Response create(CampaignDraft draft) {
        long id = campaigns.create(draft);
        return Created.id(id);
    }

    @GET
    @Path("campaigns/{id}")
    public CampaignService.Summary get(@PathParam("id") long id) {
        return campaigns.summary(id);
    }

    @PUT
    @Path("campaigns/{id}")
    public CampaignService.Summary update(@PathParam("id") long id, CampaignDraft draft) {
        campaigns.update(id, draft);
        return campaigns.summary(id);
    }

    @DELETE
    @Path("campaigns/{id}")
    public Response delete(@PathParam("id") long id) {
        campaigns.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("campaigns/{id}/members")
    public List<Member> members(@PathParam("id") long id) {
        return campaigns.members(id);
    }

    @PUT
    @Path("campaigns/{id}/members")
    public List<Member> setMembers(@PathParam("id") long id, List<Long> staffIds) {
        campaigns.setMembers(id, staffIds == null ? List.of() : staffIds);
        return campaigns.members(id);
    }

    @GET
    @Path("campaigns/{id}/targets")
    public Page<Target> targets(@PathParam("id") long id, @BeanParam Paging paging) {
        return new Page<>(targeting.count(id), targeting.page(id, paging.first(), paging.size()));
    }

    @GET
    @Path("campaigns/{id}/targets/summary")
    public TargetingService.Summary targetSummary(@PathParam("id") long id) {
        return targeting.summary(id);
    }

    @POST
    @Path("campaigns/{id}/targets")
    public Map<String, Long> addTargets(@PathParam("id") long id, Targets body) {
        if (body != null && body.ids() != null) {
            body.ids().forEach(contact -> targeting.addOne(id, contact));
            return Map.of("added", (long) body.ids().size());
        }
        Targets t = body == null ? new Targets(null, null, null, null, null, null) : body;
        ContactQuery query = new ContactQuery(Bounds.search("q", t.q()), ContactResource.parse(Tier.class, t.tier()),
                Bounds.search("topic", t.topic()), null,
                ContactResource.parse(OutletType.class, t.outletType()), ContactResource.parse(Periodicity.class, t.periodicity()),
                null, null, ContactQuery.Sort.NAME, true);
        return Map.of("added", targeting.addFiltered(id, query));
    }

    @DELETE
    @Path("campaigns/{id}/targets/{contact}")
    public Response removeTarget(@PathParam("id") long id, @PathParam("contact") long contact) {
        targeting.remove(id, List.of(contact));
        return Response.noContent().build();
    }

    /** The chef's start for one contact ({"startOn": "2026-12-01"}, or null to let the rule decide). */
    @PUT
    @Path("campaigns/{id}/targets/{contact}/start")
    public Response startOn(@PathParam("id") long id, @PathParam("contact") long contact, Map<String, String> body) {
        String day = body == null ? null : body.get("startOn");
        targeting.startOn(id, contact, day == null || day.isBlank() ? null : LocalDate.parse(day));
        return Response.noContent().build();
    }

    @POST
    @Path("campaigns/{id}/launch")
    public LaunchService.Result launch(@PathParam("id") long id) {
        return launcher.launch(id);
    }

    @GET
    @Path("campaigns/{id}/enrolments")
    public Page<EnrolmentRow> enrolments(@PathParam("id") long id, @BeanParam Paging paging) {
        return new Page<>(campaigns.countEnrolments(id), campaigns.enrolments(id, paging.first(), paging.size()));
    }

    @PUT
    @Path("enrolments/{id}/caller")
    public Response reassign(@PathParam("id") long id, Map<String, Long> body) {
        Long caller = body == null ? null : body.get("callerId");
        if (caller == null) {
            throw new jakarta.ws.rs.BadRequestException("callerId");
        }
        campaigns.reassign(id, caller);
        return Response.noContent().build();
    }

    @GET
    @Path("campaigns/{id}/bilan")
    public Bilan bilan(@PathParam("id") long id) {
        return bilans.of(id);
    }

    /** The bilan as a file, in the language the client asks for (French unless English). */
    @GET
    @Path("campaigns/{id}/bilan.{format: pdf|xlsx|csv}")
    @Produces({"application/pdf", Downloads.XLSX, "text/csv"})
    public Response bilanFile(@PathParam("id") long id, @PathParam("format") String format, @Context HttpHeaders headers) {
        BilanExports.Format f = BilanExports.Format.valueOf(format.toUpperCase(Locale.ROOT));
        Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.FRENCH);
        BilanReport report = exports.report(id, locale); // 404 or 403 here, before any byte of the file
        StreamingOutput body = out -> f.write(report, out);
        return Downloads.file(body, f.fileName(report), f.contentType());
    }
}
