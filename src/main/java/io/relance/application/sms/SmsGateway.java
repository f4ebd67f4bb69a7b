package io.relance.application.sms;

/** Where an SMS leaves for an operator; answers the operator's message id. */
public interface SmsGateway {

    /** One message to one E.164 number, in the given encoding, from the agency's sender name. */
    String send(String tenant, SmsProvider provider, String toE164, String body) throws SmsGatewayException;

    /** Forgets an agency's connection (its settings changed); the next message opens a new one. */
    void reset(String tenant);
}
