package io.relance.interfaces.web.qualification;

import io.relance.application.common.Refused;
import io.relance.application.qualification.QualificationSettings;
import io.relance.domain.qualification.Horizon;
import io.relance.domain.qualification.PriorityRules;
import io.relance.domain.qualification.QualificationPolicy;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;

/** The directeur's qualification settings: the priority rules, the common objectives, the meeting policy. */
@Named
@ViewScoped
public class QualificationSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QualificationSettings settings;

    private boolean lowWithoutObjective;
    private boolean lowWithoutDeadline;
    private Horizon highWithin;
    private boolean highNeedsDecisionMaker;
    private int highMinFeeling;
    private boolean highNeedsBudget;
    private String choices;
    private boolean meetingNeedsQualification;
    private int meetingMinutes;
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        QualificationPolicy p = settings.policy();
        PriorityRules r = p.rules();
        lowWithoutObjective = r.lowWithoutObjective();
        lowWithoutDeadline = r.lowWithoutDeadline();
        highWithin = r.highWithin();
        highNeedsDecisionMaker = r.highNeedsDecisionMaker();
        highMinFeeling = r.highMinFeeling();
        highNeedsBudget = r.highNeedsBudget();
        choices = String.join("\n", p.objectiveChoices());
        meetingNeedsQualification = p.meetingNeedsQualification();
        meetingMinutes = p.meetingMinutes();
        loaded = true;
    }

    public void save() {
        try {
            settings.save(new QualificationPolicy(new PriorityRules(lowWithoutObjective, lowWithoutDeadline, highWithin,
                    highNeedsDecisionMaker, highMinFeeling, highNeedsBudget), QualificationPolicy.choices(choices),
                    meetingNeedsQualification, meetingMinutes));
            Messages.info("qualification.policy.saved");
        } catch (Refused e) {
            Refusals.show(e, "rules");
        }
    }

    /** The horizons a "high" prospect may have (not "none": a prospect without a deadline is never high). */
    public Horizon[] getHorizons() {
        return Arrays.stream(Horizon.values()).filter(h -> h != Horizon.NONE).toArray(Horizon[]::new);
    }

    public boolean isLowWithoutObjective() { return lowWithoutObjective; }
    public void setLowWithoutObjective(boolean v) { this.lowWithoutObjective = v; }
    public boolean isLowWithoutDeadline() { return lowWithoutDeadline; }
    public void setLowWithoutDeadline(boolean v) { this.lowWithoutDeadline = v; }
    public Horizon getHighWithin() { return highWithin; }
    public void setHighWithin(Horizon v) { this.highWithin = v; }
    public boolean isHighNeedsDecisionMaker() { return highNeedsDecisionMaker; }
    public void setHighNeedsDecisionMaker(boolean v) { this.highNeedsDecisionMaker = v; }
    public int getHighMinFeeling() { return highMinFeeling; }
    public void setHighMinFeeling(int v) { this.highMinFeeling = v; }
    public boolean isHighNeedsBudget() { return highNeedsBudget; }
    public void setHighNeedsBudget(boolean v) { this.highNeedsBudget = v; }
    public String getChoices() { return choices; }
    public void setChoices(String v) { this.choices = v; }
    public boolean isMeetingNeedsQualification() { return meetingNeedsQualification; }
    public void setMeetingNeedsQualification(boolean v) { this.meetingNeedsQualification = v; }
    public int getMeetingMinutes() { return meetingMinutes; }
    public void setMeetingMinutes(int v) { this.meetingMinutes = v; }
}
