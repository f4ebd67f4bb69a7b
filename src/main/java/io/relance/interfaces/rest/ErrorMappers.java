package io.relance.interfaces.rest;

import io.relance.application.common.Bounds;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.common.Texts;
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

    /** A refused team change: 409 with the first field and message key, which clients translate (a v1 contract). */
    @Provider
    public static class TeamRefused implements ExceptionMapper<TeamException> {
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

    /** Refused values: 422 with every problem (field, message key, value as typed); subtypes above answer otherwise. */
    @Provider
    public static class Invalid implements ExceptionMapper<Refused> {
        @Override
        public Response toResponse(Refused e) {
            return Response.status(422).type(MediaType.APPLICATION_JSON)
                    .entity(java.util.Map.of("problems", e.problems())).build();
        }
    }

    /**
     * The contact is already there (same email or mobile, or a homonym at the same outlet): 409 with
     * the existing contact's id and the key that matched; a homonym may be confirmed past
     * ({@code ?confirmHomonym=true}), an email or mobile may not.
     */
    @Provider
    public static class Duplicate implements ExceptionMapper<io.relance.application.contacts.DuplicateContactException> {
        @Override
        public Response toResponse(io.relance.application.contacts.DuplicateContactException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(java.util.Map.of("existingId", e.existingId(), "matchedOn", e.matchedOn(),
                            "existingName", e.existingName(), "confirmable", e.confirmable(), "problems", e.problems())).build();
        }
    }

    /** A stagiaire's outcome on a privileged contact: 403 with the message key, nothing logged. */
    @Provider
    public static class Reserved implements ExceptionMapper<io.relance.application.sequence.ReservedContactException> {
        @Override
        public Response toResponse(io.relance.application.sequence.ReservedContactException e) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(java.util.Map.of("problems", e.problems())).build();
        }
    }

    /** Search text over the bound: 400 with the field and the message key, like the other refusals. */
    @Provider
    public static class TooLong implements ExceptionMapper<Bounds.TooLong> {
        @Override
        public Response toResponse(Bounds.TooLong e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(java.util.Map.of("problems", e.problems())).build();
        }
    }

    /**
     * An unreadable or refused file: 422 (413 when too large) with the message key, where, and the
     * sentence in the caller's language (Accept-Language: English, else French) for a script's log.
     */
    @Provider
    public static class Unreadable implements ExceptionMapper<io.relance.application.imports.ImportFileException> {
        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.HttpHeaders headers;

        @Override
        public Response toResponse(io.relance.application.imports.ImportFileException e) {
            java.util.Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty() ? null
                    : headers.getAcceptableLanguages().get(0);
            String text = e.detail() == null ? new Texts(locale).text(e.key()) : new Texts(locale).text(e.key(), e.detail());
            return Response.status("import.file.tooLarge".equals(e.key()) ? 413 : 422).type(MediaType.APPLICATION_JSON)
                    .entity(java.util.Map.of("message", e.key(), "detail", e.detail() == null ? "" : e.detail(), "text", text)).build();
        }
    }
}
