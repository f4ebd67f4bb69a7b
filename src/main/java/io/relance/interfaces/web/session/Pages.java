package io.relance.interfaces.web.session;

import io.relance.application.common.NotFoundException;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers for pages that name something by id: an unknown or foreign id is a plain 404. */
public final class Pages {

    private Pages() {
    }

    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * The view action of a page that shows one thing by id: loads it once (an Ajax update of the same
     * view does not reload), sends the browser back to {@code listPage} when the id is missing (e.g.
     * back from the login page, which drops the query) and answers 404 when the id is unknown or
     * another agency's ({@link NotFoundException} from the use case).
     */
    public static void loadById(Object id, boolean loaded, String listPage, Runnable load) {
        if (loaded) {
            return;
        }
        if (id == null) {
            redirect(listPage);
            return;
        }
        try {
            load.run();
        } catch (NotFoundException e) {
            notFound();
        }
    }

    /** Sends the browser to another page of the app (a path from the context root). */
    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
