package io.relance.interfaces.web.contacts;

import io.relance.application.contacts.ContactService;
import io.relance.application.contacts.SuppressionEntry;
import io.relance.interfaces.web.session.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The suppression list page: what erased people left behind, as fingerprints (chefs and directeur). */
@Named
@ViewScoped
public class SuppressionView implements Serializable {

    @Inject
    ContactService contacts;

    private final PageModel<SuppressionEntry> model = new PageModel<>((first, size) -> contacts.suppressions(first, size),
            () -> contacts.countSuppressions(), e -> e.kind() + ":" + e.shortHash());

    public PageModel<SuppressionEntry> getModel() {
        return model;
    }
}
