package io.relance.interfaces.web.journee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * Ma journée's keyboard, written once: the buttons of the call card carry their key from here
 * ({@code data-key}, read by journee.js) and the help line under the card lists the same map, so the
 * two can never disagree. The keys follow the outcomes' frequency on a real day (1 "no answer" first).
 */
@Named("callKeys")
@ApplicationScoped
public class CallKeys {

    /** A key, what it does (an outcome's name, or an action of the card) and the message that names it. */
    public record Key(String key, String action, String label, boolean outcomeButton) {
    }

    private static final List<Key> ALL = List.of(
            outcome("1", "NO_ANSWER"), outcome("2", "VOICEMAIL"), outcome("3", "WRONG_NUMBER"),
            outcome("4", "YES"), outcome("5", "NO"),
            new Key("6", "LATER", "enum.Outcome.LATER", false),
            outcome("7", "REGISTERED"), outcome("8", "DECISION"),
            new Key("9", "RESEND", "mail.resend", false),
            outcome("0", "OPT_OUT"),
            new Key("q", "QUALIFY", "qualification.open", false),
            new Key("n", "NEXT", "journee.next", false));

    private static Key outcome(String key, String outcome) {
        return new Key(key, outcome, "enum.Outcome." + outcome, true);
    }

    /** Every key, in the order the help lists them. */
    public List<Key> getAll() {
        return ALL;
    }

    /** The outcome buttons, in the order of their keys ("Plus tard" has its own field). */
    public List<Key> getOutcomes() {
        return ALL.stream().filter(Key::outcomeButton).toList();
    }

    /** The key that presses the card's action {@code action}. */
    public String of(String action) {
        return ALL.stream().filter(k -> k.action().equals(action)).map(Key::key).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no key for " + action));
    }
}
