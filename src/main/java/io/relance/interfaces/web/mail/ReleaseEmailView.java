package io.relance.interfaces.web.mail;

import io.relance.application.common.Refused;
import io.relance.application.mail.MailPreview;
import io.relance.application.mail.ReleaseEmailService;
import io.relance.domain.mail.ReleaseEmail;
import io.relance.domain.sms.SmsTemplate;
import io.relance.interfaces.web.campaigns.CampaignView;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The campaign's release email: subject, text, "send at launch", previewed with a real contact. */
@Named
@ViewScoped
public class ReleaseEmailView implements Serializable {

    @Inject
    ReleaseEmailService mails;

    @Inject
    CampaignView campaign;

    private String subject;
    private String body;
    private boolean atLaunch;
    private boolean loaded;
    private MailPreview preview;

    private void load() {
        if (!loaded && campaign.getId() != null) {
            ReleaseEmail e = mails.read(campaign.getId());
            subject = e.subject();
            body = e.body();
            atLaunch = e.atLaunch();
            loaded = true;
        }
    }

    public MailPreview getPreview() {
        load();
        if (preview == null && campaign.getId() != null) {
            preview = mails.preview(campaign.getId(), new ReleaseEmail(subject, body, atLaunch));
        }
        return preview;
    }

    public void save() {
        try {
            mails.write(campaign.getId(), new ReleaseEmail(subject, body, atLaunch));
            Messages.info("mail.saved");
        } catch (Refused e) {
            Refusals.show(e, "mail");
        }
    }

    public List<String> getVariables() {
        return SmsTemplate.VARIABLES.stream().filter(v -> !v.equals("delai") && !v.equals("horizon")).toList(); // no call date in an email
    }

    public String getSubject() { load(); return subject; }
    public void setSubject(String subject) { this.subject = subject; this.preview = null; }
    public String getBody() { load(); return body; }
    public void setBody(String body) { this.body = body; this.preview = null; }
    public boolean isAtLaunch() { load(); return atLaunch; }
    public void setAtLaunch(boolean atLaunch) { this.atLaunch = atLaunch; }
}
