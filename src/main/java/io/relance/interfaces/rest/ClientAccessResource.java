package io.relance.interfaces.rest;

import io.relance.application.bilan.BilanExports;
import io.relance.application.bilan.export.BilanReport;
import io.relance.application.clientaccess.ClientCampaign;
import io.relance.application.clientaccess.ClientPage;
import io.relance.application.clientaccess.ClientPages;
import io.relance.application.clientaccess.ClientViewers;
import io.relance.application.clientaccess.ShareLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The client side of a campaign: a viewer's campaigns and pages, the agency's preview, viewers and
 * share links; and, without login, what a share link opens ({@code /api/share/{token}}).
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientAccessResource {

    @Inject
    ClientPages pages;

    @Inject
    ClientViewers viewers;

    @Inject
    ShareLinks links;

    public record NewViewer(String email, String firstName, String lastName) {
    }

    @GET
    @Path("client/campaigns")
    public List<ClientCampaign> mine() {
        return pages.mine();
    }

    @GET
    @Path("client/campaigns/{id}")
    public ClientPage page(@PathParam("id") long id) {
        return pages.page(id);
    }

    /** The bilan's PDF of one of the viewer's campaigns. */
    @GET
    @Path("client/campaigns/{id}/bilan.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.FRENCH);
        BilanReport report = pages.report(id, locale); // 404 here, before any byte
        return Downloads.file(out -> BilanExports.Format.PDF.write(report, out), BilanExports.Format.PDF.fileName(report),
                BilanExports.Format.PDF.contentType());
    }

    @GET
    @Path("campaigns/{id}/client-page")
    public ClientPage preview(@PathParam("id") long id) {
        return pages.preview(id);
    }

    @GET
    @Path("share/{token}")
    public Response shared(@PathParam("token") String token) {
        return pages.shared(token).map(s -> s.gone() ? Response.status(Response.Status.GONE).build() : Response.ok(s.page()).build())
                .orElse(Response.status(Response.Status.NOT_FOUND).build());
    }

    @GET
    @Path("clients/{id}/viewers")
    public List<ClientViewers.Row> viewers(@PathParam("id") long clientId) {
        return viewers.of(clientId);
    }

    @POST
    @Path("clients/{id}/viewers")
    public Response invite(@PathParam("id") long clientId, NewViewer v) {
        NewViewer in = v == null ? new NewViewer(null, null, null) : v;
        return Created.with(viewers.invite(clientId, in.email(), in.firstName(), in.lastName()));
    }

    @PUT
    @Path("viewers/{id}/enabled")
    public Response enable(@PathParam("id") long viewerId, Map<String, Boolean> body) {
        if (body == null || body.get("enabled") == null) {
            throw new BadRequestException("enabled: true or false");
        }
        viewers.setEnabled(viewerId, body.get("enabled"));
        return Response.noContent().build();
    }

    @GET
    @Path("campaigns/{id}/share-links")
    public List<ShareLinks.Row> links(@PathParam("id") long campaignId) {
        return links.of(campaignId);
    }

    /** {@code {"expiresOn": "2026-12-31"}}; answers the link's address. */
    @POST
    @Path("campaigns/{id}/share-links")
    public Response share(@PathParam("id") long campaignId, Map<String, String> body) {
        LocalDate expires;
        try {
            String v = body == null ? null : body.get("expiresOn");
            expires = v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("expiresOn: a date such as 2026-12-31");
        }
        return Created.with(Map.of("url", links.create(campaignId, expires)));
    }

    @DELETE
    @Path("share-links/{id}")
    public Response revoke(@PathParam("id") long linkId) {
        links.revoke(linkId);
        return Response.noContent().build();
    }
}
