package io.relance.interfaces.rest;

import io.relance.application.common.NotFoundException;
import jakarta.ejb.EJBAccessException;
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

    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
    }
}
