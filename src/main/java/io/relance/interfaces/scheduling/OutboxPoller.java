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
 * two rounds never wait for each other (a slow SMTP server does not hold the SMS back).
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

    private static Polls round(String channel) {
        return new Polls(LOG, channel + " dispatch", channel + " dispatch round failed; the next one tries again");
    }
}
