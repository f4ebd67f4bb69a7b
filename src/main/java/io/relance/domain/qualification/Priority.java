package io.relance.domain.qualification;

/** How much a prospect is worth the agency's time, and what it does next. */
public enum Priority {
    LOW(NextAction.SEND_STANDARD_QUOTE), MEDIUM(NextAction.SEND_SHORT_PROPOSAL), HIGH(NextAction.BOOK_MEETING);

    /** The next step for each priority: a quote costs nothing, a meeting costs half a day. */
    public enum NextAction { SEND_STANDARD_QUOTE, SEND_SHORT_PROPOSAL, BOOK_MEETING }

    private final NextAction next;

    Priority(NextAction next) {
        this.next = next;
    }

    public NextAction next() {
        return next;
    }
}
