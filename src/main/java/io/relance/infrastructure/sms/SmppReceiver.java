package io.relance.infrastructure.sms;

import io.relance.application.sms.SmsInbound;
import io.relance.domain.sms.SmsText;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.bean.MessageType;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;

import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What an operator sends back on an agency's session: delivery receipts and replies (deliver_sm). */
final class SmppReceiver implements MessageReceiverListener {

    private static final Logger LOG = Logger.getLogger(SmppReceiver.class.getName());

    private final String tenant;
    private final SmsInbound inbound;

    SmppReceiver(String tenant, SmsInbound inbound) {
        this.tenant = tenant;
        this.inbound = inbound;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        try {
            if (MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
                DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                inbound.receipt(tenant, receipt.getId(), receipt.getFinalStatus() == DeliveryReceiptState.DELIVRD);
            } else {
                byte[] bytes = deliverSm.getShortMessage();
                String text = deliverSm.getDataCoding() == 8 ? new String(bytes, StandardCharsets.UTF_16BE) : SmsText.fromGsm(bytes);
                inbound.reply(tenant, "+" + deliverSm.getSourceAddr(), text);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "deliver_sm of " + tenant + " not handled", e);
            throw new ProcessRequestException("not handled", 0x08); // ESME_RSYSERR: the operator retries
        }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // nothing to do: we never ask for alerts
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm not supported", 0x03); // ESME_RINVCMDID
    }
}
