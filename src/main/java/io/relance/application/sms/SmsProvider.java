package io.relance.application.sms;

/**
 * An agency's SMS provider as configured by its directeur. {@code password} is the plain secret,
 * only in memory on its way to the gateway; it is stored encrypted and never read back by the API.
 * For an HTTP aggregator, {@code host} is the API's base URL (e.g. {@code https://api.twilio.com}),
 * {@code systemId} the account id and {@code password} its auth token; port and bind do not apply.
 */
public record SmsProvider(Kind kind, String sender, String host, int port, String systemId, String password,
                          String bindType, int destTon, int destNpi, String hookKey) {

    /** Settings as typed (their callback key is the stored one, or a new one when first saved). */
    public SmsProvider(Kind kind, String sender, String host, int port, String systemId, String password,
                       String bindType, int destTon, int destNpi) {
        this(kind, sender, host, port, systemId, password, bindType, destTon, destNpi, null);
    }

    /**
     * OUTBOX keeps messages on the outbox page (the default); SMPP sends them to an operator; HTTP
     * to an aggregator's Twilio-compatible REST API.
     */
    public enum Kind { OUTBOX, SMPP, HTTP }

    public static SmsProvider outbox(String sender) {
        return new SmsProvider(Kind.OUTBOX, sender, null, 0, null, null, null, 1, 1);
    }

    /** The same settings with another password (the stored one decrypted, in memory only). */
    public SmsProvider withPassword(String plain) {
        return new SmsProvider(kind, sender, host, port, systemId, plain, bindType, destTon, destNpi, hookKey);
    }

    /** What identifies a session: a change of any of these opens a new one. */
    public String sessionKey() {
        return kind + "|" + host + "|" + port + "|" + systemId + "|" + bindType + "|" + (password == null ? 0 : password.hashCode());
    }
}
