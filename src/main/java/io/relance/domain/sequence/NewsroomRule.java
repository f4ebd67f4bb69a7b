package io.relance.domain.sequence;

/**
 * What a newsroom's yes does to the colleagues followed up in the same campaign at the same outlet:
 * one journalist covering the release is the answer of the whole newsroom, and calling the others
 * again would be pressure for nothing. A "no" never changes anything for the others.
 */
public enum NewsroomRule {
    /** Their sequences close as "couvert par un collègue" (not non prioritaire: no cooldown). */
    CLOSE,
    /** Nothing changes: they are called as planned (their card says what the newsroom said). */
    KEEP,
    /** They are still called, and their card asks the caller to check with the chef de projet first. */
    ASK
}
