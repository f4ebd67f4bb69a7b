package io.relance.interfaces.rest;

import io.relance.application.common.NotFoundException;
import io.relance.application.team.TeamException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Service refusals as HTTP statuses: a foreign or unknown id is 404, a missing role 403. */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
    }

    /** A refused team change: 409 with the message key, which clients translate. */
    @Provider
    public static class Refused implements ExceptionMapper<TeamException> {
        @Override
        public Response toResponse(TeamException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(java.util.Map.of("field", e.field(), "message", e.messageKey())).build();
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
    }
}
