package io.relance.it;

import io.relance.domain.sms.SmsText;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SMPP 3.4 server for tests (the operator's side, with jSMPP): it checks the bind's
 * credentials, keeps every submit_sm it accepts, and sends receipts and replies (deliver_sm) back
 * on the agency's session. Several sessions may be bound at once, as an operator allows: each node
 * of a cluster binds its own (the SMS ITs in the container, the fault tests outside it).
 */
public final class SmppPeer implements AutoCloseable {

    /** A message as the operator received it. */
    public record Received(String id, String from, String to, String text) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final SMPPServerSessionListener listener;
    private final AtomicInteger ids = new AtomicInteger(1000);
    private final String systemId;
    private final String password;
    /** The session bound last: receipts and replies go back on it, as an operator picks one of the agency's. */
    private volatile SMPPServerSession session;
    private final Thread acceptor;

    public SmppPeer(String systemId, String password) throws Exception {
        this.systemId = systemId;
        this.password = password;
        int free;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            free = probe.getLocalPort(); // the listener tells the port it was asked for, not the one it got
        }
        listener = new SMPPServerSessionListener(free);
        listener.setMessageReceiverListener(new Receiver());
        acceptor = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                SMPPServerSession s;
                try {
                    s = listener.accept();
                } catch (Exception e) {
                    return; // closed
                }
                // the bind is awaited apart: a client that connects and waits must not hold up the next one
                Thread binder = new Thread(() -> bind(s), "smpp-peer-bind");
                binder.setDaemon(true);
                binder.start();
            }
        }, "smpp-peer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void bind(SMPPServerSession s) {
        try {
            BindRequest bind = s.waitForBind(5000);
            if (bind.getSystemId().equals(systemId) && bind.getPassword().equals(password)) {
                bind.accept("test-smsc");
                sessions.add(s);
                session = s;
            } else {
                bind.reject(0x0E); // ESME_RINVPASWD
            }
        } catch (Exception e) {
            s.close(); // no bind in time, or the client went away
        }
    }

    public int port() {
        return listener.getPort();
    }

    /** Every submit_sm accepted so far, in the order they arrived (over every session). */
    public List<Received> received() {
        return received;
    }

    /** The delivery receipt of a message, as operators send it. */
    public void deliverReceipt(Received message, boolean delivered) throws Exception {
        DeliveryReceipt receipt = new DeliveryReceipt(message.id(), 1, delivered ? 1 : 0, new Date(), new Date(),
                delivered ? DeliveryReceiptState.DELIVRD : DeliveryReceiptState.UNDELIV, "000", "");
        session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, message.to(),
                TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, message.from(),
                new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT), (byte) 0, (byte) 0,
                new RegisteredDelivery(0), DataCodings.ZERO, receipt.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** A reply typed by the person (mobile originated). */
    public void reply(String fromE164, String to, String text) throws Exception {
        session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, fromE164.replace("+", ""),
                TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, to, new ESMClass(), (byte) 0, (byte) 0,
                new RegisteredDelivery(0), DataCodings.ZERO, SmsText.bytes(text, SmsText.Encoding.GSM7));
    }

    @Override
    public void close() throws Exception {
        acceptor.interrupt();
        for (SMPPServerSession s : sessions) {
            if (s.getSessionState().isBound()) {
                s.unbindAndClose();
            } else {
                s.close();
            }
        }
        listener.close();
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) throws ProcessRequestException {
            byte[] bytes = submit.getShortMessage();
            if (bytes == null || bytes.length == 0) {
                OptionalParameter.OctetString payload = (OptionalParameter.OctetString) submit.getOptionalParameter(
                        OptionalParameter.Tag.MESSAGE_PAYLOAD);
                bytes = payload.getValue();
            }
            String text = submit.getDataCoding() == 8 ? new String(bytes, StandardCharsets.UTF_16BE) : SmsText.fromGsm(bytes);
            String id = String.valueOf(ids.incrementAndGet());
            received.add(new Received(id, submit.getSourceAddr(), submit.getDestAddress(), text));
            try {
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (org.jsmpp.PDUStringException e) {
                throw new ProcessRequestException(e.getMessage(), 0x08);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }
}
