package io.relance.application.sms;

/**
 * An agency's SMS provider as configured by its directeur. {@code password} is the plain secret,
 * only in memory on its way to the gateway; it is stored encrypted and never read back by the API.
 */
public record SmsProvider(Kind kind, String sender, String host, int port, String systemId, String password,
                          String bindType, int destTon, int destNpi) {

    /** OUTBOX keeps messages on the outbox page (the default); SMPP sends them to an operator. */
    public enum Kind { OUTBOX, SMPP }

    public static SmsProvider outbox(String sender) {
        return new SmsProvider(Kind.OUTBOX, sender, null, 0, null, null, null, 1, 1);
    }

    /** The same settings with another password (the stored one decrypted, in memory only). */
    public SmsProvider withPassword(String plain) {
        return new SmsProvider(kind, sender, host, port, systemId, plain, bindType, destTon, destNpi);
    }

    /** What identifies a session: a change of any of these opens a new one. */
    public String sessionKey() {
        return kind + "|" + host + "|" + port + "|" + systemId + "|" + bindType + "|" + (password == null ? 0 : password.hashCode());
    }
}
