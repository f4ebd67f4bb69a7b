package io.relance.interfaces.web.contacts;

import io.relance.application.contacts.ContactMerges;
import io.relance.application.contacts.DuplicatePair;
import io.relance.interfaces.web.session.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The "doublons possibles" page: pairs of contacts that are probably one person, each with a way to merge them. */
@Named
@ViewScoped
public class DuplicatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactMerges merges;

    private transient PageModel<DuplicatePair> model; // built by its getter: see PageModel

    public PageModel<DuplicatePair> getModel() {
        if (model == null) {
            model = new PageModel<>((first, size) -> merges.duplicates(first, size), () -> merges.countDuplicates(), DuplicatePair::key);
        }
        return model;
    }
}
