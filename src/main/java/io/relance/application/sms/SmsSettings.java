package io.relance.application.sms;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.AppClock;
import io.relance.application.common.RandomTokens;
import io.relance.application.common.Refused;
import io.relance.application.contacts.AddressBook;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.contact.Problem;
import io.relance.domain.contact.WebAddress;
import io.relance.domain.sms.SenderName;
import io.relance.domain.staff.Role;
import io.relance.application.common.Secrets;
import io.relance.application.tenant.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The agency's SMS provider, chosen by the directeur: the outbox (default, nothing leaves), an SMPP
 * operator or an HTTP aggregator. The password (or token) is stored encrypted and never read back,
 * not even masked.
 */
@Stateless
@RolesAllowed(Role.DIRECTEUR_NAME)
public class SmsSettings {

    /**
     * The settings as shown: everything but the password, and whether one is stored; for an HTTP
     * aggregator, the address to give it for incoming SMS (receipts are asked for with each message).
     */
    public record View(SmsProvider.Kind kind, String sender, String host, int port, String systemId, boolean hasPassword,
                       String bindType, int destTon, int destNpi, String inboundUrl) implements Serializable {
    }

    /** The width of sms_provider.host. */
    private static final int HOST_MAX = 200;

    /** The message of an address that leads into our own network. */
    static final String INTERNAL = "sms.target.internal";

    @Inject
    CurrentStaff current;

    @Inject
    SmsStore store;

    @Inject
    Secrets secrets;

    @Inject
    SmsGateway gateway;

    @Inject
    AppClock clock;

    @Inject
    AddressBook book;

    @Inject
    SmsHooks hooks;

    @Inject
    SmsTargets targets;

    public View view() {
        SmsProvider p = store.provider().orElse(SmsProvider.outbox("Relance"));
        return new View(p.kind(), p.sender(), p.host(), p.port(), p.systemId(), p.password() != null, p.bindType(),
                p.destTon(), p.destNpi(), p.kind() == SmsProvider.Kind.HTTP ? hooks.inboundUrl(p.hookKey()) : null);
    }

    /** Saves the settings; a blank password keeps the stored one. */
    public void save(SmsProvider input) {
        List<Problem> problems = new ArrayList<>();
        SenderName.problem(input.sender()).ifPresent(key -> problems.add(new Problem("sender", key, String.valueOf(input.sender()))));
        SmsProvider current = store.provider().orElse(null);
        String stored = current == null ? null : current.password();
        boolean newPassword = input.password() != null && !input.password().isBlank();
        if (input.kind() == SmsProvider.Kind.SMPP) {
            if (input.host() == null || input.host().isBlank()) {
                problems.add(new Problem("host", "sms.host.required", ""));
            }
            if (input.port() < 1 || input.port() > 65535) {
                problems.add(new Problem("port", "sms.port.range", String.valueOf(input.port())));
            }
        } else if (input.kind() == SmsProvider.Kind.HTTP && (input.host() == null || !WebAddress.isValid(input.host().strip(), HOST_MAX))) {
            problems.add(new Problem("host", "sms.url.invalid", String.valueOf(input.host())));
        }
        if (problems.stream().noneMatch(p -> "host".equals(p.field())) && input.kind() != SmsProvider.Kind.OUTBOX
                && targets.refuses(hostOf(input))) {
            problems.add(new Problem("host", INTERNAL, String.valueOf(input.host())));
        }
        if (input.kind() != SmsProvider.Kind.OUTBOX) {
            if (input.systemId() == null || input.systemId().isBlank()) {
                problems.add(new Problem("systemId", "sms.systemId.required", ""));
            }
            // a token kept from another kind of provider would be sent to the wrong party
            if (!newPassword && (stored == null || current.kind() != input.kind())) {
                problems.add(new Problem("password", input.kind() == SmsProvider.Kind.HTTP ? "sms.token.required" : "sms.password.required", ""));
            }
            if (newPassword && !secrets.available()) {
                problems.add(new Problem("password", "sms.secrets.missing", ""));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        String secret = newPassword ? secrets.encrypt(input.password()) : stored;
        String hookKey = current != null && current.hookKey() != null ? current.hookKey() : RandomTokens.next();
        String host = input.host() == null ? null : input.host().strip();
        if (input.kind() == SmsProvider.Kind.HTTP && host.endsWith("/")) {
            host = host.substring(0, host.length() - 1);
        }
        store.saveProvider(new SmsProvider(input.kind(), input.sender().strip(), host, input.port(),
                input.systemId() == null ? null : input.systemId().strip(), null,
                input.bindType() == null ? "TRANSCEIVER" : input.bindType(), input.destTon(), input.destNpi(), hookKey), secret, clock.now());
        gateway.reset(TenantContext.require());
    }

    /**
     * Sends one SMS through the saved settings: the directeur checks them on their own phone and is
     * told whether the provider was reached and how it answered, never what it answered. An address
     * that leads into our network is refused like on save (422), before anything is sent.
     */
    public SmsTestOutcome test(String to) {
        String e164 = PhoneNumbers.asE164(to, book.region()).orElseThrow(
                () -> new Refused(List.of(new Problem("to", "sms.test.number", String.valueOf(to)))));
        SmsProvider p = store.provider().filter(x -> x.kind() != SmsProvider.Kind.OUTBOX)
                .orElseThrow(() -> new Refused("kind", "sms.test.outbox"));
        try {
            gateway.send(TenantContext.require(), p.withPassword(secrets.decrypt(p.password())), e164, "Relance : test SMS de " + current.email());
            return SmsTestOutcome.reached();
        } catch (InternalTargetException e) {
            throw new Refused(List.of(new Problem("host", INTERNAL, String.valueOf(p.host()))));
        } catch (SmsGatewayException e) {
            return SmsTestOutcome.of(e);
        }
    }

    /** The host part of what was typed: the server for SMPP, the API URL's host for HTTP. */
    private static String hostOf(SmsProvider input) {
        String host = input.host().strip();
        if (input.kind() != SmsProvider.Kind.HTTP) {
            return host;
        }
        try {
            return java.net.URI.create(host).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
