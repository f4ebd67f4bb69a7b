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

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService contacts;

    private transient PageModel<SuppressionEntry> model; // built by its getter: see PageModel

    public PageModel<SuppressionEntry> getModel() {
        if (model == null) {
            model = new PageModel<>((first, size) -> contacts.suppressions(first, size), () -> contacts.countSuppressions(), e -> e.kind() + ":" + e.shortHash());
        }
        return model;
    }
}
