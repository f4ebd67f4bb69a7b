package io.relance.interfaces.web.session;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a view parameter that is not what it expects ({@code ?id=abc}, {@code ?id='},
 * a number too big for an id) is a page that does not exist: 404, like a foreign or unknown id —
 * never a half-rendered page or a stack trace. Only on a GET: a form post keeps its messages.
 */
public class BadViewParameters implements PhaseListener {

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed() && !context.getResponseComplete()) {
            Pages.notFound();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
