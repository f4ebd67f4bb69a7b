package io.relance.domain.evidence;

/**
 * What a comparison of called and send-only contacts allows one to say. The rule, deliberately strict
 * so that an agency never reads a conclusion into noise: fewer than {@link Comparison#MIN_GROUP} people
 * in either group, or 95 % intervals that overlap, mean "not enough data to conclude".
 */
public enum Verdict {
    /** A group has fewer than {@link Comparison#MIN_GROUP} people. */
    TOO_FEW,
    /** Both groups are large enough, but their intervals overlap. */
    OVERLAP,
    /** The called contacts do better, intervals apart. */
    CALLED_BETTER,
    /** The send-only contacts do as well or better, intervals apart. */
    SEND_ONLY_BETTER;

    /** Whether the data settles the question. */
    public boolean concludes() {
        return this == CALLED_BETTER || this == SEND_ONLY_BETTER;
    }
}
