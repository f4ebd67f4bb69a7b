package io.relance.domain.evidence;

/**
 * The score bands the evidence compares: a low, middle and high score as computed at launch, and the
 * targets scored before scores existed (older campaigns), which are a band of their own rather than
 * being counted as zero.
 */
public enum ScoreBand {
    HIGH(70, 100), MIDDLE(40, 69), LOW(0, 39), UNSCORED(-1, -1);

    private final int from;
    private final int to;

    ScoreBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    /** The band of a score kept at launch (null: none was computed). A score out of 0–100 is clamped, not refused. */
    public static ScoreBand of(Integer score) {
        if (score == null) {
            return UNSCORED;
        }
        int s = Math.max(0, Math.min(100, score));
        return s >= HIGH.from ? HIGH : s >= MIDDLE.from ? MIDDLE : LOW;
    }
}
