package io.relance.application.bilan;

import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.Outcome;

import java.io.Serializable;

/**
 * The numbers of a campaign, or of one of its callers, slots or periodicities: contacts enrolled,
 * attempts made and missed, pick-ups ("décroches") and their rate, answers, decisions,
 * non-prioritaires, opt-outs and sequences stopped by the agency ("arrêtées"). Filled by adding counted facts; read by the page and the API.
 */
public final class BilanLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private long enrolled;
    private long open;
    private long attempts;
    private long missed;
    private long pickUps;
    private long yes;
    private long no;
    private long later;
    private long registered;
    private long decisions;
    private long wrongNumbers;
    private long optOuts;
    private long nonPrioritaires;
    private long stopped;
    private long covered;
    private long outlets;
    private long outletsReached;

    public BilanLine(String key) {
        this.key = key;
    }

    void addAttempts(Outcome outcome, long n) {
        attempts += n;
        if (outcome.isPickUp()) {
            pickUps += n;
        }
        switch (outcome) {
            case YES -> yes += n;
            case NO -> no += n;
            case LATER -> later += n;
            case REGISTERED -> registered += n;
            case DECISION -> decisions += n;
            case WRONG_NUMBER -> wrongNumbers += n;
            case OPT_OUT -> optOuts += n;
            default -> { }
        }
    }

    void addMissed(long n) {
        missed += n;
    }

    void addEnrolments(EnrolmentStatus status, long n) {
        enrolled += n;
        if (!status.isClosed()) {
            open += n; // a paused sequence is not over: the bilan stays live
        }
        if (status == EnrolmentStatus.CLOSED_NON_PRIORITAIRE) {
            nonPrioritaires += n;
        }
        if (status == EnrolmentStatus.CLOSED_STOPPED) {
            stopped += n;
        }
        if (status == EnrolmentStatus.CLOSED_COVERED) {
            covered += n;
        }
    }

    /**
     * The newsrooms (outlets) followed up and those reached (someone picked up): a campaign is read
     * by newsroom, not only by person. Counted once for the whole campaign, on its total line.
     */
    void outlets(long followed, long reached) {
        outlets = followed;
        outletsReached = reached;
    }

    /** Pick-ups per attempt made, in percent (0 before the first attempt). */
    public long getPickUpRate() {
        return attempts == 0 ? 0 : Math.round(100.0 * pickUps / attempts);
    }

    public String getKey() { return key; }
    public long getEnrolled() { return enrolled; }
    public long getOpen() { return open; }
    public long getAttempts() { return attempts; }
    public long getMissed() { return missed; }
    public long getPickUps() { return pickUps; }
    public long getYes() { return yes; }
    public long getNo() { return no; }
    public long getLater() { return later; }
    public long getRegistered() { return registered; }
    public long getDecisions() { return decisions; }
    public long getWrongNumbers() { return wrongNumbers; }
    public long getOptOuts() { return optOuts; }
    public long getNonPrioritaires() { return nonPrioritaires; }
    public long getStopped() { return stopped; }
    public long getCovered() { return covered; }
    public long getOutlets() { return outlets; }
    public long getOutletsReached() { return outletsReached; }
}
