package io.relance.application.contacts;

import java.io.Serializable;

/**
 * Two contacts that are probably one person, as the "doublons possibles" list shows them: the older
 * first, and the strongest key they share ({@code email}, {@code mobile} or {@code nameOutlet}).
 */
public record DuplicatePair(long firstId, String firstName, String firstOutlet, long secondId, String secondName,
                            String secondOutlet, String matchedOn) implements Serializable {

    /** The row key of the list. */
    public String key() {
        return firstId + "-" + secondId;
    }
}
