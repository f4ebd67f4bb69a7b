package io.relance.infrastructure.sms;

import io.relance.application.sms.SmsGatewayException;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;

import java.io.IOException;

/**
 * jSMPP's connections through {@link GuardedSockets} (its own factory would connect to the name).
 * jSMPP only lets an IOException through, so a refusal travels inside {@link Refused} and
 * {@link SmppGateway} takes it out again.
 */
final class GuardedSmppConnections implements ConnectionFactory {

    /** Carries the gateway's own refusal through jSMPP. */
    static final class Refused extends IOException {
        final SmsGatewayException reason;

        Refused(SmsGatewayException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }
    }

    private final GuardedSockets sockets;
    private final int timeoutMs;

    GuardedSmppConnections(GuardedSockets sockets, int timeoutMs) {
        this.sockets = sockets;
        this.timeoutMs = timeoutMs;
    }

    @Override
    public Connection createConnection(String host, int port) throws IOException {
        try {
            return new SocketConnection(sockets.connect(host, port, timeoutMs));
        } catch (SmsGatewayException e) {
            throw new Refused(e);
        }
    }
}
