package io.relance.application.mail;

/** Where emails leave: the server's SMTP session (infrastructure.mail). */
public interface MailGateway {

    /** Whether this server has an SMTP server at all; without one the outbox page keeps the emails. */
    boolean configured();

    void send(Outgoing message) throws MailGatewayException;
}
