package io.relance.interfaces.rest;

import io.relance.application.campaigns.HaltRefused;
import io.relance.application.campaigns.HaltService;
import io.relance.domain.campaign.Halt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.Map;

/**
 * Pause, resume and stop of a launched campaign ({@code /api/campaigns/{id}/pause|resume|stop}) or
 * of one person's sequence ({@code /api/enrolments/{id}/...}), each with {@code {"reason": "..."}}.
 * A missing or too long reason is 422; a state where the action makes no sense is 409; another
 * agency's id 404; a stagiaire 403.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HaltResource {

    /** The body of every action. */
    public record Reason(String reason) {
    }

    @Inject
    HaltService halts;

    @POST
    @Path("campaigns/{id}/{action: pause|resume|stop}")
    public HaltService.Result campaign(@PathParam("id") long id, @PathParam("action") String action, Reason body) {
        return halts.campaign(id, parse(action), body == null ? null : body.reason());
    }

    @POST
    @Path("enrolments/{id}/{action: pause|resume|stop}")
    public HaltService.Result enrolment(@PathParam("id") long id, @PathParam("action") String action, Reason body) {
        return halts.enrolment(id, parse(action), body == null ? null : body.reason());
    }

    private static Halt parse(String action) {
        return Halt.valueOf(action.toUpperCase(Locale.ROOT));
    }

    /** A wrong state: 409 with the problem's message key (as every refusal), which clients translate. */
    @Provider
    public static class Conflict implements ExceptionMapper<HaltRefused> {
        @Override
        public Response toResponse(HaltRefused e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("problems", e.problems())).build();
        }
    }
}
