package io.relance.interfaces.rest;

import io.relance.application.coverage.CoverageRow;
import io.relance.application.coverage.CoverageService;
import io.relance.domain.coverage.CoverageInput;
import io.relance.domain.coverage.CoverageKind;
import io.relance.domain.coverage.Tone;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A campaign's coverage ("retombées") for API clients: list, add, correct, remove. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoverageResource {

    @Inject
    CoverageService coverage;

    /** A piece as posted; {@code publishedOn} as 2026-11-20. */
    public record Piece(Long outletId, Long contactId, String publishedOn, String title, String url, String kind, Long audience,
                        String tone) {

        static final Piece NONE = new Piece(null, null, null, null, null, null, null, null);

        CoverageInput input() {
            LocalDate date;
            try {
                date = publishedOn == null || publishedOn.isBlank() ? null : LocalDate.parse(publishedOn.strip());
            } catch (DateTimeParseException e) {
                throw new BadRequestException("publishedOn: a date such as 2026-11-20");
            }
            return new CoverageInput(outletId, contactId, date, title, url, ContactResource.parse(CoverageKind.class, kind), audience,
                    ContactResource.parse(Tone.class, tone));
        }
    }

    @GET
    @Path("campaigns/{id}/coverage")
    public List<CoverageRow> of(@PathParam("id") long campaignId) {
        return coverage.of(campaignId);
    }

    @POST
    @Path("campaigns/{id}/coverage")
    public Response add(@PathParam("id") long campaignId, Piece piece) {
        long id = coverage.add(campaignId, (piece == null ? Piece.NONE : piece).input());
        return Created.id(id);
    }

    @PUT
    @Path("coverage/{id}")
    public Response update(@PathParam("id") long id, Piece piece) {
        coverage.update(id, (piece == null ? Piece.NONE : piece).input());
        return Response.noContent().build();
    }

    @DELETE
    @Path("coverage/{id}")
    public Response delete(@PathParam("id") long id) {
        coverage.delete(id);
        return Response.noContent().build();
    }
}
