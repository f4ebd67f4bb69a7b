package io.relance.interfaces.rest;

import io.relance.application.journee.CallQueue;
import io.relance.application.journee.Card;
import io.relance.application.journee.Day;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.Outcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.Map;

/** "Ma journée" for API clients: today's calls, a call's card, logging its outcome, emailing the release again. */
@Path("/journee")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JourneeResource {

    @Inject
    CallQueue queue;

    /** The outcome of one call; {@code callbackAt} (ISO instant) with LATER. */
    public record Logged(String outcome, String callbackAt) {
    }

    /** The signed-in caller's day; a manager may pass {@code caller} to read another caller's. */
    @GET
    public Day today(@QueryParam("caller") Long caller) {
        return caller == null ? queue.today() : queue.of(caller);
    }

    @GET
    @Path("/{task}")
    public Card card(@PathParam("task") long task) {
        return queue.card(task);
    }

    @POST
    @Path("/{task}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, EnrolmentStatus> log(@PathParam("task") long task, Logged body) {
        Outcome outcome = body == null ? null : ContactResource.parse(Outcome.class, body.outcome());
        if (outcome == null) {
            throw new BadRequestException("outcome");
        }
        Instant callbackAt;
        try {
            callbackAt = body.callbackAt() == null || body.callbackAt().isBlank() ? null : Instant.parse(body.callbackAt());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("callbackAt");
        }
        return Map.of("status", queue.log(task, outcome, callbackAt).status());
    }

    /**
     * "Renvoyez-le-moi": the campaign's release emailed again to the call's contact. {@code queued}
     * is false when the same call asked it in this minute already (nothing more is sent).
     */
    @POST
    @Path("/{task}/resend")
    public Map<String, Boolean> resend(@PathParam("task") long task) {
        return Map.of("queued", queue.resend(task));
    }
}
