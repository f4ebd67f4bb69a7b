package io.relance.application.bilan;

import java.util.List;

/**
 * The counted facts of a campaign's bilan, grouped by caller, slot and periodicity in the database:
 * attempts by outcome, missed slots, enrolments by status. {@link BilanCalculator} folds them into lines.
 */
public interface BilanRepository {

    /** What was counted. */
    enum Kind { ATTEMPT, MISSED, ENROLMENT }

    /** {@code n} facts of a kind (an outcome, a status) for one caller, slot (null: not by slot) and periodicity. */
    record Fact(Kind kind, String value, Long callerId, Integer slot, String periodicity, long n) {
    }

    /** {@code n} facts of a kind (an outcome, a status) under one key (an outlet's name, an hour). */
    record Keyed(Kind kind, String value, String key, long n) {
    }

    List<Fact> of(long campaignId);

    /** The outlets of a campaign's contacts, and those where someone picked up: {followed, reached}. */
    long[] outlets(long campaignId);

    /** Attempts and enrolments by outlet (the client reads its answers per outlet, never per person). */
    List<Keyed> byOutlet(long campaignId);

    /** Attempts by outcome and UTC hour: the caller folds hours into the days of the agency's zone. */
    List<Keyed> byHour(long campaignId);
}
