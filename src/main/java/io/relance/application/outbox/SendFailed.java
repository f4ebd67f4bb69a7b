package io.relance.application.outbox;

/**
 * A message its channel did not take. {@code permanent}: trying again cannot help (a bad address);
 * {@code unreachable}: the server itself did not answer, so the batch's other messages would fail
 * the same way and wait instead.
 */
public class SendFailed extends Exception {

    private final boolean permanent;
    private final boolean unreachable;

    public SendFailed(String message, boolean permanent, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.unreachable = unreachable;
    }

    public boolean isPermanent() {
        return permanent;
    }

    public boolean isUnreachable() {
        return unreachable;
    }
}
