package io.relance.application.mail;

import io.relance.application.outbox.SendFailed;

/** Where emails leave: the server's SMTP session (infrastructure.mail). */
public interface MailGateway {

    /** Whether this server has an SMTP server at all; without one the outbox page keeps the emails. */
    boolean configured();

    /**
     * Permanent failure: an address the server refuses, a 5xx answer; unreachable: no SMTP
     * conversation at all (refused, timed out), so no email can leave now.
     */
    void send(Outgoing message) throws SendFailed;
}
