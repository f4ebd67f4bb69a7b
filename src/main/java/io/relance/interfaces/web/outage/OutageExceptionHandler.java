package io.relance.interfaces.web.outage;

import io.relance.application.common.DatabaseOutage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A PrimeFaces (AJAX) request that fails because the database is unreachable goes to the
 * "service momentanément indisponible" page: Faces would otherwise answer an error element that
 * PrimeFaces shows nobody, and the person would believe their click was saved. Full-page requests
 * need nothing here: their failure reaches the error page (ServerErrorServlet) as a 503.
 */
public class OutageExceptionHandler extends ExceptionHandlerWrapper {

    /** Registered in faces-config.xml, around Faces' own handler. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new OutageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    public OutageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                if (DatabaseOutage.isCause(failure) && !faces.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    redirect(faces);
                    break;
                }
            }
        }
        getWrapped().handle();
    }

    private static void redirect(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String back = UnavailablePage.backOf(request, request.getRequestURI());
        try {
            external.responseReset();
            external.redirect(external.getRequestContextPath() + ServerErrorServlet.PAGE + "?back="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
