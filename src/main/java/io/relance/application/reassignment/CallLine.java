package io.relance.application.reassignment;

import java.io.Serializable;
import java.time.Instant;

/**
 * One call of a bulk reassignment: whom, for which campaign, when it opens, and why it was refused
 * ({@code refusal}: a message key; null when it moved).
 */
public record CallLine(long taskId, long enrolmentId, String contact, String campaign, Instant opensAt, String refusal)
        implements Serializable {

    public CallLine refused(String key) {
        return new CallLine(taskId, enrolmentId, contact, campaign, opensAt, key);
    }
}
