package io.relance.interfaces.web.sms;

import io.relance.application.common.Refused;
import io.relance.application.sms.AnchorSmsService;
import io.relance.application.sms.SmsPreview;
import io.relance.domain.sms.SmsTemplate;
import io.relance.interfaces.web.campaigns.CampaignView;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The campaign's anchor SMS: typed, previewed with a real contact, counted as the operator will. */
@Named
@ViewScoped
public class AnchorSmsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnchorSmsService sms;

    @Inject
    CampaignView campaign;

    private String text;
    private SmsPreview preview;

    public String getText() {
        if (text == null && campaign.getId() != null) {
            text = sms.text(campaign.getId());
        }
        return text;
    }

    public void setText(String text) {
        this.text = text;
        this.preview = null;
    }

    public SmsPreview getPreview() {
        if (preview == null && getText() != null) {
            preview = sms.preview(campaign.getId(), text);
        }
        return preview;
    }

    public void save() {
        try {
            sms.write(campaign.getId(), text);
            Messages.info("sms.saved");
        } catch (Refused e) {
            Refusals.show(e, field -> "sms:text"); // every problem is about the one text
        }
    }

    public List<String> getVariables() {
        return SmsTemplate.VARIABLES;
    }
}
