package io.relance.infrastructure.sms;

import io.relance.application.sms.InternalTargetException;
import io.relance.application.sms.SmsGateway;
import io.relance.application.sms.SmsGatewayException;
import io.relance.application.sms.SmsInbound;
import io.relance.application.sms.SmsProvider;
import io.relance.application.sms.SmsRefusedException;
import io.relance.domain.sms.SmsText;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * SMPP 3.4 through jSMPP: one bound transceiver session per agency, opened on the first message
 * and kept (operators dislike a bind per message); receipts and replies arrive on the same session
 * and go to {@link SmsInbound} under the agency's tenant. GSM texts travel as data_coding 0 with
 * unpacked septets, others as UCS-2; a long text rides in message_payload for the operator to split.
 */
@ApplicationScoped
@Typed(SmppGateway.class) // reached through ProviderGateway, which picks by the agency's kind
public class SmppGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(SmppGateway.class.getName());
    private static final long BIND_TIMEOUT_MS = 10_000;
    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private record Bound(String key, SMPPSession session) {
    }

    private final Map<String, Bound> sessions = new ConcurrentHashMap<>();

    @Inject
    SmsInbound inbound;

    @Inject
    GuardedSockets sockets;

    /**
     * A hiccup (a dropped connection, a timeout) is retried at once, twice, on a fresh session; a
     * refusal is not. Longer outages are the dispatcher's: the message waits, the agency's circuit opens.
     */
    @Override
    @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = SmsGatewayException.class,
            abortOn = {SmsRefusedException.class, InternalTargetException.class})
    public String send(String tenant, SmsProvider provider, String toE164, String body) throws SmsGatewayException {
        SMPPSession session = session(tenant, provider);
        SmsText text = SmsText.of(body);
        byte[] bytes = SmsText.bytes(body, text.encoding());
        GeneralDataCoding coding = new GeneralDataCoding(text.encoding() == SmsText.Encoding.UCS2 ? Alphabet.ALPHA_UCS2 : Alphabet.ALPHA_DEFAULT);
        boolean single = bytes.length <= 140 || (text.encoding() == SmsText.Encoding.GSM7 && text.segments() == 1);
        try {
            return session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, provider.sender(),
                    TypeOfNumber.valueOf((byte) provider.destTon()), NumberingPlanIndicator.valueOf((byte) provider.destNpi()),
                    toE164.replace("+", ""), new ESMClass(), (byte) 0, (byte) 1, null, null,
                    new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, coding, (byte) 0,
                    single ? bytes : new byte[0],
                    single ? new OptionalParameter[0] : new OptionalParameter[]{new OptionalParameter.OctetString(OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), bytes)})
                    .getMessageId();
        } catch (NegativeResponseException e) {
            // the SMPP command status, a number: the operator's words stop there
            throw new SmsRefusedException("Refused by the operator: status 0x" + Integer.toHexString(e.getCommandStatus()), e);
        } catch (Exception e) {
            close(tenant); // a broken session is opened again on the next message
            throw failure("Operator unreachable", e);
        }
    }

    private SMPPSession session(String tenant, SmsProvider provider) throws SmsGatewayException {
        Bound bound = sessions.get(tenant);
        if (bound != null && bound.key().equals(provider.sessionKey()) && bound.session().getSessionState().isBound()) {
            return bound.session();
        }
        close(tenant);
        SMPPSession session = new SMPPSession(new GuardedSmppConnections(sockets, CONNECT_TIMEOUT_MS));
        session.setMessageReceiverListener(new SmppReceiver(tenant, inbound));
        try {
            session.connectAndBind(provider.host(), provider.port(), new BindParameter(bindType(provider.bindType()),
                    provider.systemId(), provider.password(), "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                    BIND_TIMEOUT_MS);
        } catch (Exception e) {
            session.unbindAndClose();
            throw failure("Cannot bind to " + provider.host() + ":" + provider.port(), e);
        }
        sessions.put(tenant, new Bound(provider.sessionKey(), session));
        return session;
    }

    @Override
    public void reset(String tenant) {
        close(tenant);
    }

    /** Closes an agency's session (its settings changed, or it broke). */
    void close(String tenant) {
        Bound bound = sessions.remove(tenant);
        if (bound != null) {
            try {
                bound.session().unbindAndClose();
            } catch (RuntimeException e) {
                LOG.fine("SMPP session of " + tenant + " closed badly: " + e.getMessage());
            }
        }
    }

    /**
     * What went wrong, in our words: the failure's kind, never the text of what the far end sent
     * (the address is typed by the agency, and may not be an SMPP server at all).
     */
    private static SmsGatewayException failure(String what, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GuardedSmppConnections.Refused refused) {
                return refused.reason instanceof InternalTargetException ? refused.reason : new SmsGatewayException(
                        what + ": " + refused.getMessage(), false, refused.reason.failure(), 0, e);
            }
            if (t instanceof NegativeResponseException negative) {
                return new SmsGatewayException(what + ": refused, status 0x" + Integer.toHexString(negative.getCommandStatus()),
                        false, SmsGatewayException.Failure.CREDENTIALS, 0, e);
            }
            if (t instanceof ResponseTimeoutException || t instanceof SocketTimeoutException) {
                return new SmsGatewayException(what + ": no answer in time", false, SmsGatewayException.Failure.TIMEOUT, 0, e);
            }
        }
        return new SmsGatewayException(what + " (" + e.getClass().getSimpleName() + ")", false,
                SmsGatewayException.Failure.UNREACHABLE, 0, e);
    }

    private static BindType bindType(String name) {
        return switch (name == null ? "" : name.toUpperCase()) {
            case "TRANSMITTER" -> BindType.BIND_TX;
            case "RECEIVER" -> BindType.BIND_RX;
            default -> BindType.BIND_TRX;
        };
    }

    @PreDestroy
    void closeAll() {
        sessions.keySet().forEach(this::close);
    }
}
