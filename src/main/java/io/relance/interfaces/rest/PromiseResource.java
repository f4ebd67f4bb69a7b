package io.relance.interfaces.rest;

import io.relance.application.promises.BrokenPromise;
import io.relance.application.promises.PromiseTally;
import io.relance.application.promises.Promises;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code GET /api/campaigns/{id}/promises}: what the campaign's anchor SMS promised, how many were
 * kept, and the people who waited in vain (chef de projet, directeur; another agency's id 404).
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PromiseResource {

    /** The tally, the kept share (null before any promised day has passed) and the promises not kept. */
    public record View(PromiseTally tally, Integer keptPercent, List<BrokenPromise> broken) {
    }

    @Inject
    Promises promises;

    @GET
    @Path("campaigns/{id}/promises")
    public View of(@PathParam("id") long id) {
        PromiseTally tally = promises.tally(id);
        return new View(tally, tally.keptPercent(), tally.missed() == 0 ? List.of() : promises.broken(id));
    }
}
