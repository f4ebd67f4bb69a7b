package io.relance.application.campaigns.targeting;

import io.relance.domain.targeting.CallMode;
import io.relance.domain.targeting.Candidate;
import io.relance.domain.targeting.ScoreWeights;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the score reads and keeps, for a whole campaign at once: a handful of grouped queries, never
 * one per contact. Everything is the current agency's; another agency's campaign has no targets here.
 */
public interface TargetFacts {

    /** What is stored on a target: its mode, whether a chef pinned it, and the score and reasons last written. */
    record Stored(CallMode mode, boolean pinned, Integer score, String reasons) implements java.io.Serializable {
    }

    /** What came of a past campaign's target: picked up at least once, said yes, coverage obtained. */
    record Outcome(boolean pickedUp, boolean yes, boolean coverage) implements java.io.Serializable {
        public static final Outcome NONE = new Outcome(false, false, false);
    }

    /** A launched or ended campaign a directeur may preview the weights on. */
    record PastCampaign(long id, String subject, String client, Instant launchedAt) implements java.io.Serializable {
    }

    /**
     * The score's facts of every target of the campaign; its history counts only the agency's
     * campaigns launched before {@code historyBefore} (null: every other campaign).
     */
    Map<Long, Candidate> candidates(long campaignId, Instant historyBefore, Instant now);

    Map<Long, Stored> stored(long campaignId);

    /** Writes score, reasons and mode of the given targets (only those that changed are passed). */
    void store(long campaignId, Map<Long, Written> rows);

    /** One target's score, reasons (as stored) and mode. */
    record Written(int score, String reasons, CallMode mode) {
    }

    /** The attempts the callers' other running campaigns hold from {@code from} to {@code to} (open tasks). */
    long heldAttempts(long campaignId, Collection<Long> callerIds, Instant from, Instant to);

    /** Pins the targets to a mode and records the move of each; answers how many were targets. */
    int move(long campaignId, Collection<Long> contactIds, CallMode mode, Long movedBy, Instant at);

    /** How many moves were recorded for the campaign (the history a chef's moves leave). */
    long moves(long campaignId);

    ScoreWeights weights();

    void saveWeights(ScoreWeights weights, String by, Instant at);

    void resetWeights();

    Map<Long, Outcome> outcomes(long campaignId);

    List<PastCampaign> pastCampaigns();
}
