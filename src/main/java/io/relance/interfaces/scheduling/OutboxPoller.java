package io.relance.interfaces.scheduling;

import io.relance.application.mail.MailDispatch;
import io.relance.application.sms.SmsDispatch;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Every 5 seconds, the outboxes' due messages leave: SMS for the agencies' operators, emails through
 * the SMTP server (or both stay on the outbox page). Each channel can be turned off per node; the
 * two rounds never wait for each other (a slow SMTP server does not hold the SMS back). Every minute,
 * the messages a stopped node had claimed but not handed over are put back to wait.
 */
@Singleton
@Lock(LockType.READ)
public class OutboxPoller {

    private static final Logger LOG = Logger.getLogger(OutboxPoller.class.getName());

    @Inject
    SmsDispatch sms;

    @Inject
    MailDispatch mail;

    @Inject
    io.relance.application.preference.PreferenceMails preferenceMails;

    @Inject
    @ConfigProperty(name = "relance.sms.enabled", defaultValue = "true")
    boolean smsEnabled;

    @Inject
    @ConfigProperty(name = "relance.mail.enabled", defaultValue = "true")
    boolean mailEnabled;

    private final Polls smsRound = round("SMS");
    private final Polls mailRound = round("Email");
    private final Polls preferenceMailRound = round("Preferences email");
    private final Polls leaseSweep = new Polls(LOG, "Outbox lease sweep", "Outbox lease sweep failed; the next one tries again");

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void pollSms() {
        if (smsEnabled) {
            smsRound.run(sms::dispatch);
        }
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void pollMail() {
        if (mailEnabled) {
            mailRound.run(mail::dispatch);
            preferenceMailRound.run(preferenceMails::dispatch);
        }
    }

    /** Every minute, messages a stopped node claimed but never handed over wait again (each node may run it). */
    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweepLeases() {
        leaseSweep.run(() -> {
            int back = sms.releaseLapsed() + mail.releaseLapsed() + preferenceMails.releaseLapsed();
            if (back > 0) {
                LOG.warning(() -> back + " message(s) claimed by a stopped node and never handed over wait again");
            }
        });
    }

    private static Polls round(String channel) {
        return new Polls(LOG, channel + " dispatch", channel + " dispatch round failed; the next one tries again");
    }
}
