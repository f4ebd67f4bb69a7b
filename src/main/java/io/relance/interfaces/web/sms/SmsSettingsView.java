package io.relance.interfaces.web.sms;

import io.relance.application.common.Refused;
import io.relance.application.sms.SmsProvider;
import io.relance.application.sms.SmsSettings;
import io.relance.application.sms.SmsTestOutcome;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The directeur's SMS provider: the outbox (nothing leaves), an SMPP operator or an HTTP aggregator, and a test SMS. */
@Named
@ViewScoped
public class SmsSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SmsSettings settings;

    private SmsProvider.Kind kind;
    private String sender;
    private String host;
    private Integer port;
    private String systemId;
    private String password;
    private String bindType;
    private boolean hasPassword;
    private String testTo;
    private String inboundUrl;

    public void load() {
        if (kind != null) {
            return;
        }
        SmsSettings.View v = settings.view();
        kind = v.kind();
        sender = v.sender();
        host = v.host();
        port = v.port() == 0 ? 2775 : v.port();
        systemId = v.systemId();
        bindType = v.bindType() == null ? "TRANSCEIVER" : v.bindType();
        hasPassword = v.hasPassword();
        inboundUrl = v.inboundUrl();
    }

    /** Switching to an HTTP aggregator proposes Twilio's address, the shape the others copy. */
    public void kindChanged() {
        if (kind == SmsProvider.Kind.HTTP && (host == null || host.isBlank() || !host.startsWith("http"))) {
            host = "https://api.twilio.com";
        }
    }

    public void save() {
        try {
            settings.save(new SmsProvider(kind, sender, host, port == null ? 0 : port, systemId, password, bindType, 1, 1));
            password = null;
            SmsSettings.View saved = settings.view();
            hasPassword = saved.hasPassword();
            inboundUrl = saved.inboundUrl();
            Messages.info("smsSettings.saved");
        } catch (Refused e) {
            Refusals.show(e, field -> "settings:" + fieldId(field));
        }
    }

    /** An HTTP aggregator's fields have their own names on the page (API URL, account, token). */
    private String fieldId(String field) {
        if (kind != SmsProvider.Kind.HTTP) {
            return field;
        }
        return switch (field) {
            case "host" -> "apiUrl";
            case "systemId" -> "account";
            case "password" -> "token";
            default -> field;
        };
    }

    public void test() {
        try {
            SmsTestOutcome outcome = settings.test(testTo);
            if (outcome.accepted()) {
                Messages.info(outcome.key());
            } else if (outcome.httpStatus() == 0) { // no argument: the message's single quotes stay as written
                Messages.error(null, outcome.key());
            } else {
                Messages.error(null, outcome.key(), String.valueOf(outcome.httpStatus()));
            }
        } catch (Refused e) {
            Refusals.show(e, "settings");
        }
    }

    public SmsProvider.Kind[] getKinds() { return SmsProvider.Kind.values(); }
    public SmsProvider.Kind getKind() { return kind; }
    public void setKind(SmsProvider.Kind kind) { this.kind = kind; }
    public String getSender() { return sender; }
    public void setSender(String sender) { this.sender = sender; }
    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public String getSystemId() { return systemId; }
    public void setSystemId(String systemId) { this.systemId = systemId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getBindType() { return bindType; }
    public void setBindType(String bindType) { this.bindType = bindType; }
    public boolean isHasPassword() { return hasPassword; }
    public String getInboundUrl() { return inboundUrl; }
    public String getTestTo() { return testTo; }
    public void setTestTo(String testTo) { this.testTo = testTo; }
}
