package io.relance.interfaces.scheduling;

import io.relance.application.sms.SmsDispatch;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every 5 seconds, the outbox's due messages leave for the agencies' operators. */
@Singleton
public class SmsPoller {

    private static final Logger LOG = Logger.getLogger(SmsPoller.class.getName());

    @Inject
    SmsDispatch dispatch;

    @Inject
    @ConfigProperty(name = "relance.sms.enabled", defaultValue = "true")
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
            LOG.log(Level.WARNING, "SMS dispatch round failed; the next one tries again", e);
        }
    }
}
