package io.relance.interfaces.rest;

import io.relance.application.common.Bounds;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.common.Texts;
import io.relance.application.contacts.DuplicateContactException;
import io.relance.application.sequence.OutcomeAlreadyLogged;
import io.relance.application.sequence.ReservedContactException;
import io.relance.application.team.TeamException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

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

    /**
     * Refused values, with every problem (field, message key, value as typed): 422, except a contact
     * already there (409 with the existing contact's id and the key that matched; a homonym may be
     * confirmed past with {@code ?confirmHomonym=true}, an email or mobile may not), a refused team
     * change (409 with the first field and key, which clients translate: a v1 contract), a stagiaire's
     * outcome on a privileged contact (403, nothing logged), an outcome posted again for a call that
     * already has one (409 with the saved outcome, nothing logged twice) and search text over the bound (400).
     */
    @Provider
    public static class Invalid implements ExceptionMapper<Refused> {
        @Override
        public Response toResponse(Refused e) {
            if (e instanceof DuplicateContactException d) {
                return json(Response.Status.CONFLICT.getStatusCode(), Map.of("existingId", d.existingId(), "matchedOn", d.matchedOn(),
                        "existingName", d.existingName(), "confirmable", d.confirmable(), "problems", d.problems()));
            }
            if (e instanceof TeamException team) {
                return json(Response.Status.CONFLICT.getStatusCode(), Map.of("field", team.field(), "message", team.messageKey()));
            }
            int status = e instanceof OutcomeAlreadyLogged ? 409
                    : e instanceof ReservedContactException ? 403 : e instanceof Bounds.TooLong ? 400 : 422;
            return json(status, Map.of("problems", e.problems()));
        }
    }

    private static Response json(int status, Object entity) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
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
            return json("import.file.tooLarge".equals(e.key()) ? 413 : 422,
                    Map.of("message", e.key(), "detail", e.detail() == null ? "" : e.detail(), "text", text));
        }
    }
}
