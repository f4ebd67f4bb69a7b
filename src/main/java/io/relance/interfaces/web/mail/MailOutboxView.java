package io.relance.interfaces.web.mail;

import io.relance.application.common.AppClock;
import io.relance.application.mail.MailRow;
import io.relance.application.mail.ReleaseEmailService;
import io.relance.application.outbox.Outage;
import io.relance.interfaces.web.session.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;

/** The emails of the agency's outbox, newest first (the outbox page's Emails tab). */
@Named
@ViewScoped
public class MailOutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReleaseEmailService mails;

    private transient PageModel<MailRow> model; // built by its getter: see PageModel

    @Inject
    AppClock clock;

    /** The page's "now", for telling a scheduled email from one waiting to leave. */
    public Instant getNow() {
        return clock.now();
    }

    public Outage getOutage() {
        return mails.outage();
    }

    public PageModel<MailRow> getModel() {
        if (model == null) {
            model = new PageModel<>((first, size) -> mails.page(first, size), () -> mails.count(), MailRow::id);
        }
        return model;
    }
}
