package io.relance.infrastructure.sms;

import io.relance.application.sms.SmsGatewayException;
import io.relance.application.sms.SmsTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * The only way out to an SMS provider: the host is resolved once, every address it answers is
 * checked ({@link SmsTargets}), and the socket connects to those checked addresses, never to the
 * name again, so that a DNS answer changed between the check and the connection changes nothing.
 */
@ApplicationScoped
public class GuardedSockets {

    @Inject
    SmsTargets targets;

    /** A connected socket to one of the host's allowed addresses, tried in the resolver's order. */
    public Socket connect(String host, int port, int timeoutMs) throws SmsGatewayException {
        IOException last = null;
        for (InetAddress address : targets.addresses(host)) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port), timeoutMs);
                return socket;
            } catch (IOException e) {
                close(socket);
                last = e;
            }
        }
        boolean timedOut = last instanceof SocketTimeoutException;
        throw new SmsGatewayException((timedOut ? "Timed out connecting to " : "Cannot connect to ") + host + ":" + port, false,
                timedOut ? SmsGatewayException.Failure.TIMEOUT : SmsGatewayException.Failure.UNREACHABLE, 0, last);
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // never connected: nothing to release
        }
    }
}
