package io.relance.interfaces.web.reassignment;

import io.relance.application.campaigns.CampaignService;
import io.relance.domain.staff.Member;
import io.relance.application.common.Refused;
import io.relance.application.reassignment.BulkReassignService;
import io.relance.application.reassignment.BulkResult;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Backs app/campagnes/reassign.xhtml: a caller's calls over a period to another caller, refused lines listed. */
@Named
@ViewScoped
public class ReassignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BulkReassignService bulk;

    @Inject
    CampaignService campaigns;

    private List<Member> staff;
    private Long caller;
    private LocalDate from = LocalDate.now();
    private LocalDate to = LocalDate.now();
    private Long target;
    private BulkResult result;

    public void load() {
        if (staff == null) {
            staff = campaigns.staff(); // the agency's enabled callers, with their load
        }
    }

    public void reassign() {
        result = null;
        if (caller == null || target == null) {
            Messages.error("reassign:target", "reassign.target.invalid");
            return;
        }
        try {
            result = bulk.reassign(caller, from, to, target);
            staff = campaigns.staff();
            if (result.moved().isEmpty() && result.refused().isEmpty()) {
                Messages.info("reassign.none");
            } else {
                Messages.info("reassign.moved", result.moved().size(), result.from(), result.to());
            }
        } catch (Refused e) {
            Refusals.show(e, "reassign");
        }
    }

    public List<Member> getStaff() { return staff; }
    public Long getCaller() { return caller; }
    public void setCaller(Long caller) { this.caller = caller; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Long getTarget() { return target; }
    public void setTarget(Long target) { this.target = target; }
    public BulkResult getResult() { return result; }
}
