package io.relance.infrastructure.sms;

import io.relance.application.sms.SmsGateway;
import io.relance.application.sms.SmsGatewayException;
import io.relance.application.sms.SmsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The gateway the application sees: each message goes the way its agency's provider speaks. */
@ApplicationScoped
public class ProviderGateway implements SmsGateway {

    @Inject
    SmppGateway smpp;

    @Inject
    HttpSmsGateway http;

    @Override
    public String send(String tenant, SmsProvider provider, String toE164, String body) throws SmsGatewayException {
        return switch (provider.kind()) {
            case SMPP -> smpp.send(tenant, provider, toE164, body);
            case HTTP -> http.send(provider, toE164, body);
            case OUTBOX -> throw new IllegalStateException("The outbox sends nothing");
        };
    }

    @Override
    public void reset(String tenant) {
        smpp.reset(tenant); // HTTP keeps no connection of its own
    }
}
