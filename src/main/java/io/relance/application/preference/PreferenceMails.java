package io.relance.application.preference;

import io.relance.application.common.AppClock;
import io.relance.application.mail.MailGateway;
import io.relance.application.mail.Outgoing;
import io.relance.application.outbox.OutboxLeases;
import io.relance.application.outbox.OutboxRound;
import io.relance.application.outbox.SendFailed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The platform's emails (the preferences page's links, the sign-up's answers) leave through the same SMTP gateway as the agencies' (or wait
 * when there is none). Claimed in one transaction (under a lease, {@link OutboxLeases}), each handed
 * over in one, sent outside any, recorded in another; the
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
    OutboxLeases leases;

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
        Instant lease = leases.fromNow();
        for (PreferenceMailStore.Due d : self.claim(lease)) {
            if (!self.handing(d.id(), lease)) {
                continue; // this claim lapsed (a very slow server): the email waits for another round
            }
            try {
                gateway.send(outgoing(d));
                self.sent(d.id());
            } catch (SendFailed | RuntimeException e) {
                self.failed(d, e.getMessage());
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<PreferenceMailStore.Due> claim(Instant lease) {
        return store.claim(clock.now(), 20, lease);
    }

    /** Commits that the email is being handed over (never sent again from now on); false if its claim lapsed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean handing(long id, Instant lease) {
        return store.handing(id, lease);
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

    /** The platform's emails a stopped node claimed but never handed over wait again (their lease lapsed); answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseLapsed() {
        return store.releaseLapsed(clock.now());
    }
}
