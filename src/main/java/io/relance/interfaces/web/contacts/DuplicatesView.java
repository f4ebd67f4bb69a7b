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

    @Inject
    ContactMerges merges;

    private final PageModel<DuplicatePair> model = new PageModel<>((first, size) -> merges.duplicates(first, size),
            () -> merges.countDuplicates(), DuplicatePair::key);

    public PageModel<DuplicatePair> getModel() {
        return model;
    }
}
