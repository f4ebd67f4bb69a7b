package io.relance.domain.evidence;

import java.io.Serializable;
import java.util.List;

/**
 * The call attempts the agency did not make, against a baseline of calling everyone until they
 * answer, and what they are worth in hours.
 *
 * <p>The baseline, explicitly: every targeted person — called, "envoi seul", or kept out by the weekly
 * cap — called up to the plan's number of attempts (a called person's own plan, as enrolled; the
 * campaign's plan for the others). Against it:
 * <ul>
 *   <li>{@code closedCycle}: the attempts a called person still had when an answer (yes, no,
 *       registered, decision, opt-out, wrong number, a colleague's yes) ended their sequence;</li>
 *   <li>{@code cap}: the plan's attempts of the people the weekly cap kept out at launch;</li>
 *   <li>{@code sendOnly}: the plan's attempts of the "envoi seul" people;</li>
 *   <li>{@code other}: what is neither made nor saved — sequences still running, stopped or ended
 *       without a pick-up before their last slot — which is not counted as saved.</li>
 * </ul>
 * An attempt is worth {@code minutesPerAttempt} minutes, dialling and note included: the agency's
 * measured average when call durations are stored, else {@link #DEFAULT_MINUTES_PER_ATTEMPT}.
 */
public record TimeSaved(long baseline, long made, long closedCycle, long cap, long sendOnly, long other,
                        int minutesPerAttempt, long minutesSaved) implements Serializable {

    /** Relance stores no call durations: 4 minutes per attempt, dialling, ringing, talk and note together. */
    public static final int DEFAULT_MINUTES_PER_ATTEMPT = 4;

    /**
     * One campaign's counts.
     *
     * @param planAttempts   the attempts of the campaign's plan, for the people who were not enrolled
     * @param enrolled       the called people (enrolled)
     * @param planned        their planned attempts, summed (each enrolment's own maximum)
     * @param made           the attempts they were called
     * @param closedUnspent  the attempts left to those whose sequence an answer closed
     * @param sendOnly       the "envoi seul" people
     * @param capped         the people the weekly cap kept out at launch
     */
    public record Campaign(int planAttempts, long enrolled, long planned, long made, long closedUnspent, long sendOnly,
                           long capped) {
    }

    public static final TimeSaved NONE = of(List.of(), DEFAULT_MINUTES_PER_ATTEMPT);

    public static TimeSaved of(List<Campaign> campaigns, int minutesPerAttempt) {
        int minutes = minutesPerAttempt <= 0 ? DEFAULT_MINUTES_PER_ATTEMPT : minutesPerAttempt;
        long baseline = 0, made = 0, closed = 0, cap = 0, sendOnly = 0;
        for (Campaign c : campaigns) {
            baseline += c.planned() + (c.sendOnly() + c.capped()) * c.planAttempts();
            made += c.made();
            closed += c.closedUnspent();
            cap += c.capped() * c.planAttempts();
            sendOnly += c.sendOnly() * c.planAttempts();
        }
        long saved = closed + cap + sendOnly;
        long other = Math.max(0, baseline - made - saved);
        return new TimeSaved(baseline, made, closed, cap, sendOnly, other, minutes, saved * minutes);
    }

    /** The attempts not made thanks to the closed cycle, the cap and "envoi seul". */
    public long saved() {
        return closedCycle + cap + sendOnly;
    }

    /** The whole hours of the time saved (750 minutes: 12). */
    public long savedHours() {
        return minutesSaved / 60;
    }

    /** The minutes past the whole hours (750 minutes: 30). */
    public long savedMinutesPastHours() {
        return minutesSaved % 60;
    }

    /** The share of the baseline not made thanks to the three, in whole percent. */
    public long savedPercent() {
        return baseline == 0 ? 0 : Math.round(100.0 * saved() / baseline);
    }
}
