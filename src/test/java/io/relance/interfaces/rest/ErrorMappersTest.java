package io.relance.interfaces.rest;

import io.relance.application.common.Bounds;
import io.relance.application.common.Refused;
import io.relance.application.sequence.AttemptException;
import io.relance.application.sequence.ReservedContactException;
import io.relance.application.team.TeamException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One mapper answers every refusal; the status an API client sees depends on the kind of refusal. */
class ErrorMappersTest {

    private final ErrorMappers.Invalid mapper = new ErrorMappers.Invalid();

    @Test
    void plainRefusalsAre422WithEveryProblem() {
        Response r = mapper.toResponse(new Refused("email", "contact.email.invalid"));
        assertEquals(422, r.getStatus());
        assertEquals(List.of("email"), problems(r).stream().map(p -> p.field()).toList());
        assertEquals(422, mapper.toResponse(new AttemptException("attempt.closed")).getStatus(), "a closed slot is a value problem");
    }

    @Test
    void aPrivilegedContactIsForbiddenToAStagiaire() {
        assertEquals(403, mapper.toResponse(new ReservedContactException()).getStatus());
    }

    @Test
    void searchTextOverTheBoundIsABadRequest() {
        assertEquals(400, mapper.toResponse(new Bounds.TooLong("q")).getStatus());
    }

    @Test
    void aRefusedTeamChangeKeepsItsV1Contract() {
        Response r = mapper.toResponse(new TeamException("role", "team.role.required"));
        assertEquals(409, r.getStatus());
        assertEquals(Map.of("field", "role", "message", "team.role.required"), r.getEntity());
    }

    @SuppressWarnings("unchecked")
    private static List<io.relance.domain.contact.Problem> problems(Response r) {
        return (List<io.relance.domain.contact.Problem>) ((Map<String, Object>) r.getEntity()).get("problems");
    }
}
