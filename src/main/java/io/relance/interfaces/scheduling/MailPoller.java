package io.relance.interfaces.scheduling;

import io.relance.application.mail.MailDispatch;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every 5 seconds, the outbox's due emails leave through the SMTP server (or stay on the outbox page). */
@Singleton
public class MailPoller {

    private static final Logger LOG = Logger.getLogger(MailPoller.class.getName());

    @Inject
    MailDispatch dispatch;

    @Inject
    @ConfigProperty(name = "relance.mail.enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        if (!enabled) {
            return;
        }
        try {
            dispatch.dispatch();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Email dispatch round failed; the next one tries again", e);
        }
    }
}
