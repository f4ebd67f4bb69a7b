package io.relance.application.preference;

import io.relance.application.common.AppClock;
import io.relance.application.mail.MailGateway;
import io.relance.application.mail.Outgoing;
import io.relance.application.outbox.OutboxRound;
import io.relance.application.outbox.SendFailed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The platform's emails (the preferences page's links, the sign-up's answers) leave through the same SMTP gateway as the agencies' (or wait
 * when there is none). Claimed in one transaction, sent outside any, recorded in another; the
 * address and the link are blanked once sent or given up.
 */
@Stateless
public class PreferenceMails {

    @Inject
    PreferenceMailStore store;

    @Inject
    MailGateway gateway;

    @Inject
    AppClock clock;

    @Inject
    @ConfigProperty(name = "relance.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatch() {
        if (!gateway.configured()) {
            return;
        }
        PreferenceMails self = context.getBusinessObject(PreferenceMails.class);
        for (PreferenceMailStore.Due d : self.claim()) {
            try {
                gateway.send(outgoing(d));
                self.sent(d.id());
            } catch (SendFailed | RuntimeException e) {
                self.failed(d, e.getMessage());
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<PreferenceMailStore.Due> claim() {
        return store.claim(clock.now(), 20);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id) {
        store.sent(id, clock.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(PreferenceMailStore.Due d, String error) {
        // the outboxes' policy (1, 2, 4, 8 minutes, five tries): all within the link's 30 minutes of life
        int tries = d.tries() + 1; // d.tries was read before the claim counted this one
        store.failed(d.id(), error, OutboxRound.POLICY.givesUpAfter(tries) ? null : clock.now().plus(OutboxRound.POLICY.delayAfter(tries)));
    }

    private Outgoing outgoing(PreferenceMailStore.Due d) {
        ResourceBundle text = ResourceBundle.getBundle("io.relance.i18n.messages", Locale.forLanguageTag(d.language()),
                PreferenceMails.class.getClassLoader());
        String base = publicUrl.replaceAll("/+$", "");
        String subject;
        String body;
        if (d.kind() == null || "PREFERENCE_LINK".equals(d.kind())) {
            subject = text.getString("preferences.mail.subject");
            body = java.text.MessageFormat.format(text.getString("preferences.mail.body"),
                    base + "/preferences?t=" + d.token() + "&lang=" + d.language());
        } else {
            // a sign-up's answer (SignupNotices): the outcome the form did not tell
            String key = "signup.mail." + d.kind();
            subject = text.getString(key + ".subject");
            body = java.text.MessageFormat.format(text.getString(key + ".body"), d.arg(), base + "/app/home", base + "/signup.xhtml");
        }
        // no agency (null): the composer signs it "Relance" and adds no unsubscribe link
        return new Outgoing(d.id(), d.toEmail(), null, subject, body, null, null, d.language(), List.of());
    }
}
