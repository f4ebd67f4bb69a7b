package io.relance.interfaces.rest;

import io.relance.application.qualification.ProspectRow;
import io.relance.application.qualification.Prospects;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.ProspectOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** A commercial offer's qualified prospects for API clients: the list, their outcomes, their meetings' end. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProspectResource {

    @Inject
    Prospects prospects;

    /** {"outcome": "WON"}; null or blank clears it. */
    public record Outcome(String outcome) {
    }

    @GET
    @Path("campaigns/{id}/prospects")
    public Page<ProspectRow> list(@PathParam("id") long campaignId, @QueryParam("priority") String priority,
                                                   @BeanParam Paging paging) {
        Priority p = parse(Priority.class, "priority", priority);
        return new Page<>(prospects.count(campaignId, p),
                prospects.page(campaignId, p, paging.first(), paging.size()));
    }

    @PUT
    @Path("qualifications/{id}/outcome")
    public Response outcome(@PathParam("id") long qualificationId, Outcome body) {
        prospects.recordOutcome(qualificationId, parse(ProspectOutcome.class, "outcome", body == null ? null : body.outcome()));
        return Response.noContent().build();
    }

    @POST
    @Path("meetings/{id}/held")
    public Response held(@PathParam("id") long meetingId) {
        prospects.meetingHeld(meetingId);
        return Response.noContent().build();
    }

    @POST
    @Path("meetings/{id}/cancelled")
    public Response cancelled(@PathParam("id") long meetingId) {
        prospects.meetingCancelled(meetingId);
        return Response.noContent().build();
    }

    /** An enum value as sent (any case); blank is none; anything else is a 400 that names the values accepted. */
    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String accepted = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("field", field, "message", field + ": one of " + accepted + " (or empty), not \"" + value + "\""))
                    .build());
        }
    }
}
