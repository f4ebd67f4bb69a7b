package io.relance.interfaces.web.qualification;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.journee.QueueItem;
import io.relance.application.qualification.ProspectCard;
import io.relance.application.qualification.Qualifications;
import io.relance.application.qualification.QualificationRow;
import io.relance.domain.qualification.DecisionMaker;
import io.relance.domain.qualification.Horizon;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.PriorityRules;
import io.relance.domain.qualification.Qualification;
import io.relance.domain.qualification.QualificationInput;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The qualification card of Ma journée ("offre commerciale" campaigns): opened by a pick-up (or by
 * the card's "Qualifier" button), it shows the priority the rules give while the caller types, then
 * saves it, with the caller's own priority and reason if they disagree. The next action (quote,
 * proposal, meeting) is done from {@link NextActionView}.
 */
@Named
@ViewScoped
public class QualificationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Qualifications qualifications;

    private ProspectCard card;
    private List<String> objectives = new ArrayList<>();
    private String objectiveText;
    private LocalDate deadline;
    private Horizon horizon;
    private Long budgetMin;
    private Long budgetMax;
    private DecisionMaker decisionMaker = DecisionMaker.UNKNOWN;
    private int feeling = 3;
    private Priority override;
    private String overrideReason;
    private PriorityRules.Verdict verdict;
    private boolean shown;

    /** The prospect of this call is qualified now (Ma journée was told so after a pick-up): the card is shown. */
    public void openToQualify(long taskId) {
        open(taskId);
        shown = card != null && card.commercial();
        if (shown) {
            bringIntoView();
        }
    }

    /**
     * Reads the qualification side of a call's card, filled as saved; it is shown at once when the
     * prospect was qualified before, else on a pick-up or the card's "Qualifier" button.
     */
    public void open(long taskId) {
        open(() -> qualifications.card(taskId));
    }

    /** The same for the call Ma journée's card shows (already read and checked by the queue). */
    public void open(QueueItem call) {
        open(() -> qualifications.card(call));
    }

    private void open(Supplier<ProspectCard> read) {
        try {
            card = read.get();
        } catch (NotFoundException e) {
            card = null;
            return;
        }
        shown = card.qualified();
        fill(card.saved());
        judge();
    }

    /** The card's "Qualifier" button (key q): the caller qualifies during the call. */
    public void show() {
        shown = card != null && card.commercial();
        if (shown) {
            bringIntoView();
        }
    }

    /** The card opens under the call's: the page scrolls to it and the first objective takes the keyboard. */
    private static void bringIntoView() {
        PrimeFaces.current().executeScript("var q = document.getElementById('qualification:objectives:0') "
                + "|| document.getElementById('qualification:objectiveText'); if (q) { q.scrollIntoView({block: 'center'}); q.focus(); }");
    }

    public void close() {
        card = null;
        shown = false;
    }

    /** Whether the qualification of this call is shown under its card. */
    public boolean isOpenFor(long taskId) {
        return shown && card != null && card.taskId() == taskId;
    }

    /** Whether this call's card offers "Qualifier": a commercial campaign, not shown yet. */
    public boolean canShow(long taskId) {
        return !shown && card != null && card.commercial() && card.taskId() == taskId;
    }

    /** The rules' verdict on what is typed so far (called on every change). */
    public void judge() {
        verdict = qualifications.judge(answers());
    }

    public void save() {
        if (card == null) {
            return;
        }
        try {
            card = qualifications.qualify(card.taskId(), new QualificationInput(answers(), override, overrideReason));
            Messages.info("qualification.saved", card.contact(),
                    Messages.text("enum.Priority." + card.saved().priority()));
        } catch (Refused e) {
            Refusals.show(e, "qualification");
        } catch (NotFoundException e) {
            card = null;
        }
    }

    /** The card again from the server (after a document was sent or a meeting booked). */
    public void reload() {
        if (card != null) {
            card = qualifications.card(card.taskId());
        }
    }

    private Qualification answers() {
        return new Qualification(List.copyOf(objectives), objectiveText, deadline, deadline == null ? horizon : null,
                budgetMin, budgetMax, decisionMaker, feeling);
    }

    private void fill(QualificationRow saved) {
        if (saved == null) {
            objectives = new ArrayList<>();
            objectiveText = null;
            deadline = null;
            horizon = null;
            budgetMin = null;
            budgetMax = null;
            decisionMaker = DecisionMaker.UNKNOWN;
            feeling = 3;
            override = null;
            overrideReason = null;
            return;
        }
        Qualification q = saved.answers();
        objectives = new ArrayList<>(q.objectives());
        objectiveText = q.objectiveText();
        deadline = q.deadline();
        horizon = q.horizon();
        budgetMin = q.budgetMin();
        budgetMax = q.budgetMax();
        decisionMaker = q.decisionMaker();
        feeling = q.feeling();
        override = saved.overridden() ? saved.priority() : null;
        overrideReason = saved.overrideReason();
    }

    public Horizon[] getHorizons() { return Horizon.values(); }
    public DecisionMaker[] getDecisionMakers() { return DecisionMaker.values(); }
    public Priority[] getPriorities() { return Priority.values(); }
    public int[] getFeelings() { return new int[]{1, 2, 3, 4, 5}; }
    public ProspectCard getCard() { return card; }
    public PriorityRules.Verdict getVerdict() { return verdict; }
    public List<String> getObjectives() { return objectives; }
    public void setObjectives(List<String> objectives) { this.objectives = objectives == null ? new ArrayList<>() : new ArrayList<>(objectives); }
    public String getObjectiveText() { return objectiveText; }
    public void setObjectiveText(String objectiveText) { this.objectiveText = objectiveText; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public Horizon getHorizon() { return horizon; }
    public void setHorizon(Horizon horizon) { this.horizon = horizon; }
    public Long getBudgetMin() { return budgetMin; }
    public void setBudgetMin(Long budgetMin) { this.budgetMin = budgetMin; }
    public Long getBudgetMax() { return budgetMax; }
    public void setBudgetMax(Long budgetMax) { this.budgetMax = budgetMax; }
    public DecisionMaker getDecisionMaker() { return decisionMaker; }
    public void setDecisionMaker(DecisionMaker decisionMaker) { this.decisionMaker = decisionMaker; }
    public int getFeeling() { return feeling; }
    public void setFeeling(int feeling) { this.feeling = feeling; }
    public Priority getOverride() { return override; }
    public void setOverride(Priority override) { this.override = override; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
}
