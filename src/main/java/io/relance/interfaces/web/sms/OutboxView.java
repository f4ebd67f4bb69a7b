package io.relance.interfaces.web.sms;

import io.relance.application.outbox.Outage;
import io.relance.application.sms.AnchorSmsService;
import io.relance.application.sms.OutboxRow;
import io.relance.interfaces.web.session.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The messages of the agency's outbox, newest first. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnchorSmsService sms;

    private transient PageModel<OutboxRow> model; // built by its getter: see PageModel

    public Outage getOutage() {
        return sms.outage();
    }

    public PageModel<OutboxRow> getModel() {
        if (model == null) {
            model = new PageModel<>((first, size) -> sms.page(first, size), () -> sms.count(), OutboxRow::id);
        }
        return model;
    }
}
