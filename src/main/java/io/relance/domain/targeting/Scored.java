package io.relance.domain.targeting;

import java.io.Serializable;
import java.util.List;

/** A candidate's score, 0–100, and the reasons that made it, the strongest first. */
public record Scored(long contactId, int score, List<Reason> reasons) implements Serializable {

    public Scored {
        reasons = List.copyOf(reasons);
    }
}
