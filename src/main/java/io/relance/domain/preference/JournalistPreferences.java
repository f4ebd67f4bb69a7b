package io.relance.domain.preference;

import io.relance.domain.contact.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a journalist asked of every agency. Each is optional; none says which agency asked what.
 *
 * @param noCalls           no follow-up call at all
 * @param oneCallPerRelease at most one follow-up call per campaign
 * @param weeklyCap         at most this many calls a week from all agencies together (null: no cap)
 * @param awayUntil         not to be called until this day, included (null: not away)
 * @param emailOnly         emails, but neither calls nor SMS
 * @param topics            the topics they cover, as they write them (null: not said)
 */
public record JournalistPreferences(boolean noCalls, boolean oneCallPerRelease, Integer weeklyCap, LocalDate awayUntil,
                                    boolean emailOnly, String topics) {

    public static final JournalistPreferences NONE = new JournalistPreferences(false, false, null, null, false, null);
    public static final int MAX_WEEKLY_CAP = 20;

    /** Refuses every call and SMS now: the agencies' running sequences end ("préférence du journaliste"). */
    public boolean refusesCalls(LocalDate today) {
        return noCalls || emailOnly || isAway(today);
    }

    public boolean isAway(LocalDate today) {
        return awayUntil != null && !awayUntil.isBefore(today);
    }

    /**
     * Whether one more call may be made, given the calls made to the person over the last seven days
     * by every agency together: only for people who asked for a cap.
     */
    public boolean allowsAnotherCall(int callsLast7DaysAllAgencies) {
        return weeklyCap == null || callsLast7DaysAllAgencies < weeklyCap;
    }

    /** The calls a new sequence may plan: one if asked, else as many as it would. */
    public int callsPerRelease(int planned) {
        return oneCallPerRelease ? Math.min(1, planned) : planned;
    }

    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (weeklyCap != null && (weeklyCap < 1 || weeklyCap > MAX_WEEKLY_CAP)) {
            problems.add(new Problem("weeklyCap", "preferences.cap.range", String.valueOf(weeklyCap)));
        }
        if (awayUntil != null && (awayUntil.isBefore(today) || awayUntil.isAfter(today.plusYears(1)))) {
            problems.add(new Problem("awayUntil", "preferences.away.range", awayUntil.toString()));
        }
        if (topics != null && topics.length() > 500) {
            problems.add(new Problem("topics", "preferences.topics.long", String.valueOf(topics.length())));
        }
        return problems;
    }
}
