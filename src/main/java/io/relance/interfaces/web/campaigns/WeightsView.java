package io.relance.interfaces.web.campaigns;

import io.relance.application.campaigns.targeting.Board;
import io.relance.application.campaigns.targeting.TargetFacts;
import io.relance.application.campaigns.targeting.WeightsService;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.domain.contact.Problem;
import io.relance.domain.targeting.CallMode;
import io.relance.domain.targeting.Factor;
import io.relance.domain.targeting.ScoreWeights;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The directeur's weights of the targeting score: one number per factor and a caller's calls a day,
 * saved or restored to the defaults, and tried first on a past campaign (its targets as these
 * weights would score and split them, next to what actually came of each).
 */
@Named
@ViewScoped
public class WeightsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WeightsService weights;

    /** By factor name, as typed (text until checked: a letter typed is a clear message, not a converter error). */
    private final Map<String, String> values = new LinkedHashMap<>();
    private String callsPerDay;
    private String minutesPerAttempt;
    private List<TargetFacts.PastCampaign> past;
    private Long pastId;
    private WeightsService.Preview preview;
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        show(weights.weights());
        past = weights.pastCampaigns();
        pastId = past.isEmpty() ? null : past.get(0).id();
    }

    private void show(ScoreWeights w) {
        for (Factor f : Factor.values()) {
            values.put(f.name(), String.valueOf(w.of(f)));
        }
        callsPerDay = String.valueOf(w.callsPerCallerPerDay());
        minutesPerAttempt = String.valueOf(w.minutesPerAttempt());
    }

    /** The weights as typed, or null with the messages shown. */
    private ScoreWeights typed() {
        ScoreWeights w = ScoreWeights.defaults();
        try {
            for (Factor f : Factor.values()) {
                w = w.with(f, Integer.parseInt(values.get(f.name()).strip()));
            }
            w = w.withCallsPerDay(Integer.parseInt(callsPerDay.strip()))
                    .withMinutesPerAttempt(Integer.parseInt(minutesPerAttempt.strip()));
        } catch (RuntimeException e) {
            Messages.error(null, "weights.number");
            return null;
        }
        List<Problem> problems = w.problems();
        if (!problems.isEmpty()) {
            Refusals.show(new Refused(problems), field -> "weights:" + field);
            return null;
        }
        return w;
    }

    public void save() {
        ScoreWeights w = typed();
        if (w == null) {
            return;
        }
        try {
            weights.save(w);
            Messages.info("weights.saved");
        } catch (Refused e) {
            Refusals.show(e, field -> "weights:" + field);
        }
    }

    public void restore() {
        show(weights.reset());
        preview = null;
        Messages.info("weights.restored");
    }

    /** The draft weights (not saved) on the chosen past campaign. */
    public void preview() {
        ScoreWeights w = typed();
        if (w == null || pastId == null) {
            return;
        }
        try {
            preview = weights.preview(pastId, w);
        } catch (NotFoundException e) {
            Messages.error(null, "weights.preview.gone");
        } catch (Refused e) {
            Refusals.show(e, field -> "weights:" + field);
        }
    }

    public List<Board.Row> getPreviewRows() {
        if (preview == null) {
            return List.of();
        }
        return preview.board().rows().stream()
                .sorted(java.util.Comparator.comparing((Board.Row r) -> r.score() == null ? -1 : -r.score())).toList();
    }

    public int[] tally(String mode) {
        return preview == null ? new int[4] : preview.tally(CallMode.valueOf(mode));
    }

    public String actual(Board.Row r) {
        return preview.actualMode(r.contactId()).name();
    }

    public TargetFacts.Outcome outcome(Board.Row r) {
        return preview.outcome(r.contactId());
    }

    public String reasonsText(Board.Row r) {
        return ReasonTexts.joined(r.reasons());
    }

    public Factor[] getFactors() { return Factor.values(); }
    public Map<String, String> getValues() { return values; }
    public String getCallsPerDay() { return callsPerDay; }
    public String getMinutesPerAttempt() { return minutesPerAttempt; }
    public void setMinutesPerAttempt(String minutesPerAttempt) { this.minutesPerAttempt = minutesPerAttempt; }
    public void setCallsPerDay(String callsPerDay) { this.callsPerDay = callsPerDay; }
    public List<TargetFacts.PastCampaign> getPast() { return past; }
    public Long getPastId() { return pastId; }
    public void setPastId(Long pastId) { this.pastId = pastId; }
    public WeightsService.Preview getPreview() { return preview; }
}
