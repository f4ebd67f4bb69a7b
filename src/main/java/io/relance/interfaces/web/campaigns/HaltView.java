package io.relance.interfaces.web.campaigns;

import io.relance.application.campaigns.HaltRefused;
import io.relance.application.campaigns.HaltService;
import io.relance.application.common.Refused;
import io.relance.domain.campaign.Halt;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * The confirmation dialog of a pause, resume or stop, with its required reason: for the campaign
 * (its page), or for one person's sequence (the follow-up table, the card of Ma journée). The
 * service decides; the dialog shows its refusal in the user's words.
 */
@Named
@ViewScoped
public class HaltView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HaltService halts;

    private Long campaignId;
    private Long enrolmentId;
    private String who;
    private Halt action;
    private String reason;
    /** The page to show again once decided (its state changed). */
    private String back;

    /** Opens the dialog for the whole campaign. */
    public void askCampaign(long campaignId, Halt action) {
        open(action);
        this.campaignId = campaignId;
        this.back = "/app/campagnes/campaign.xhtml?id=" + campaignId;
    }

    /** Opens the dialog for one person's sequence ({@code who}: their name, in the question). */
    public void askEnrolment(long enrolmentId, String who, Halt action, String back) {
        open(action);
        this.enrolmentId = enrolmentId;
        this.who = who;
        this.back = back;
    }

    public void confirm() throws IOException {
        try {
            HaltService.Result r = enrolmentId != null ? halts.enrolment(enrolmentId, action, reason)
                    : halts.campaign(campaignId, action, reason);
            if (r.left() > 0) {
                Messages.info("halt.done.RESUME.left", r.sequences(), r.left());
            } else {
                Messages.info("halt.done." + action, r.sequences());
            }
        } catch (HaltRefused e) {
            Refusals.show(e, "haltForm"); // the state changed meanwhile: the page shows it as it is now
        } catch (Refused e) {
            Refusals.show(e, "haltForm");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + back);
    }

    /** The question of the dialog, in the user's language. */
    public String getQuestion() {
        if (action == null) {
            return "";
        }
        return enrolmentId != null ? Messages.text("halt.confirm.enrolment." + action, who)
                : Messages.text("halt.confirm.campaign." + action);
    }

    private void open(Halt action) {
        this.action = action;
        this.campaignId = null;
        this.enrolmentId = null;
        this.who = null;
        this.reason = null;
    }

    public Halt getAction() { return action; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public int getReasonMax() { return Halt.REASON_MAX; }
}
