package io.relance.interfaces.rest;

import io.relance.application.common.Refused;
import io.relance.application.reassignment.BulkReassignService;
import io.relance.application.reassignment.BulkResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Bulk reassignment for chefs de projet and directeurs (the service's roles): a caller's calls over
 * a period to another caller. Under {@code /api/callers}, not {@code /api/team}, whose whole path
 * web.xml keeps for the directeur.
 */
@Path("/callers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReassignmentResource {

    /** Days as ISO dates (the agency's time zone), both included; {@code target}: the new caller's id. */
    public record Request(String from, String to, Long target) {
    }

    @Inject
    BulkReassignService bulk;

    /** Answers the calls moved and those refused, each with its contact, campaign, time and reason. */
    @POST
    @Path("/{id}/calls/reassign")
    public BulkResult reassign(@PathParam("id") long id, Request body) {
        if (body == null || body.target() == null) {
            throw new Refused("target", "reassign.target.invalid");
        }
        return bulk.reassign(id, day(body.from()), day(body.to()), body.target());
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refused("from", "reassign.range.invalid");
        }
    }
}
