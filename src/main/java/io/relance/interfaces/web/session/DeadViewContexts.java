package io.relance.interfaces.web.session;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the session from growing with every page a person opens. Mojarra 4.0.13 notes, per view, the
 * {@code @ViewScoped} beans it created ({@code activeViewContexts}) and never forgets a view once its
 * beans are destroyed: the view maps themselves are capped ({@code numberOfActiveViewMaps}), this map
 * is not (mojarra#4646). A caller opening Ma journée all day carried hundreds of dead entries, and a
 * distributable session is marshalled and written whole after every request (the load test's
 * profile: a quarter of the CPU). When a request starts, entries of views that no longer have a
 * view map are dropped: their beans are gone, nothing can reach them again. At the start, not after
 * the rendering: by then the response may be complete and the session on its way to the store, and
 * a session changed while WildFly marshals it is stored unreadable (see UnreadableSessions).
 */
public class DeadViewContexts implements PhaseListener {

    static final String CONTEXTS = "com.sun.faces.application.view.activeViewContexts";
    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    @Override
    public void beforePhase(PhaseEvent event) {
        ExternalContext external = event.getFacesContext().getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        Map<String, Object> session = external.getSessionMap();
        if (session.get(CONTEXTS) instanceof Map<?, ?> contexts && session.get(VIEW_MAPS) instanceof Map<?, ?> viewMaps
                && prune(contexts, viewMaps)) {
            session.put(CONTEXTS, contexts); // a distributable session writes what was put back
        }
    }

    /**
     * Drops the contexts of views {@code viewMaps} no longer holds; true if any was dropped. The
     * contexts' keys are read first: Mojarra registers a view's map before its beans' context, so a
     * view being opened meanwhile on another request is found alive in the second reading.
     */
    static boolean prune(Map<?, ?> contexts, Map<?, ?> viewMaps) {
        Set<Object> dead = new HashSet<>(contexts.keySet());
        synchronized (viewMaps) { // Mojarra's synchronized map: iterating its keys needs its lock
            dead.removeAll(new HashSet<>(viewMaps.keySet()));
        }
        if (dead.isEmpty()) {
            return false;
        }
        synchronized (contexts) { // the lock Mojarra takes to add a view's context
            contexts.keySet().removeAll(dead);
        }
        return true;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
