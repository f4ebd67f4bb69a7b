package io.relance.interfaces.web.mail;

import io.relance.application.common.Refused;
import io.relance.application.mail.MailPreview;
import io.relance.application.mail.ReleaseEmailService;
import io.relance.application.mail.ReleaseSchedule;
import io.relance.domain.mail.ReleaseEmail;
import io.relance.domain.sms.SmsTemplate;
import io.relance.interfaces.web.campaigns.CampaignView;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The campaign's release email: subject, text, "send the release by email", previewed with a real
 * contact; and when it leaves (date and time of each recipient's zone), moved until it has left.
 */
@Named
@ViewScoped
public class ReleaseEmailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReleaseEmailService mails;

    @Inject
    CampaignView campaign;

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    /** What a person types: "9:00" as well as "09:00". */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm");

    private String subject;
    private String body;
    private boolean atLaunch;
    private boolean loaded;
    private MailPreview preview;
    private ReleaseSchedule schedule;
    private LocalDate sendDate;
    private String sendTime;

    private void load() {
        if (!loaded && campaign.getId() != null) {
            ReleaseEmail e = mails.read(campaign.getId());
            subject = e.subject();
            body = e.body();
            atLaunch = e.atLaunch();
            schedule = mails.schedule(campaign.getId());
            sendDate = schedule.date();
            sendTime = schedule.time() == null ? "09:00" : schedule.time().format(HH_MM);
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

    /** Moves the send (date and time); the waiting emails follow, once launched. */
    public void moveSend() {
        LocalTime time;
        try {
            time = sendTime == null || sendTime.isBlank() ? null : LocalTime.parse(sendTime.strip(), TYPED);
        } catch (DateTimeParseException e) {
            Messages.error("mailSend:sendTime", "mail.send.time.invalid");
            return;
        }
        try {
            int moved = mails.moveSend(campaign.getId(), sendDate, time);
            schedule = mails.schedule(campaign.getId());
            if (schedule.launched()) {
                Messages.info("mail.send.moved", moved);
            } else {
                Messages.info("mail.send.saved");
            }
        } catch (Refused e) {
            Refusals.show(e, "mailSend");
        }
    }

    public ReleaseSchedule getSchedule() { load(); return schedule; }
    public LocalDate getSendDate() { load(); return sendDate; }
    public void setSendDate(LocalDate sendDate) { this.sendDate = sendDate; }
    public String getSendTime() { load(); return sendTime; }
    public void setSendTime(String sendTime) { this.sendTime = sendTime; }

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
