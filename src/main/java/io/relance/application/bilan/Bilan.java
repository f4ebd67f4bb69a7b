package io.relance.application.bilan;

import io.relance.application.evidence.FollowUpEvidence;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A campaign's bilan: its totals and the same numbers per caller, per time slot (slot 0: booked
 * callbacks) and per periodicity. Live while any sequence runs; final once every one has closed.
 *
 * @param sales what the qualification of prospects produced, for the agency's commercial offers
 *              only (null for other campaigns, and on the client's page)
 * @param stop  when, by whom and why the campaign was stopped (null: it was not)
 * @param evidence called against "envoi seul" contacts and the attempts saved: the agency's own (null on the client's page)
 */
public record Bilan(long campaignId, String subject, String client, boolean isFinal, Instant at, BilanLine total,
                    List<BilanLine> perCaller, List<BilanLine> perSlot, List<BilanLine> perPeriodicity, SalesBilan sales,
                    Stop stop, FollowUpEvidence evidence) implements Serializable {

    /** A campaign stopped by the agency: the bilan says so, with when, who and why. */
    public record Stop(Instant at, String by, String reason) implements Serializable {
    }

    /** A bilan without a sales part. */
    public Bilan(long campaignId, String subject, String client, boolean isFinal, Instant at, BilanLine total,
                 List<BilanLine> perCaller, List<BilanLine> perSlot, List<BilanLine> perPeriodicity) {
        this(campaignId, subject, client, isFinal, at, total, perCaller, perSlot, perPeriodicity, null, null, null);
    }

    /** The same bilan with its sales part. */
    public Bilan withSales(SalesBilan sales) {
        return new Bilan(campaignId, subject, client, isFinal, at, total, perCaller, perSlot, perPeriodicity, sales, stop, evidence);
    }

    /** The same bilan, saying the campaign was stopped. */
    public Bilan withStop(Stop stop) {
        return new Bilan(campaignId, subject, client, isFinal, at, total, perCaller, perSlot, perPeriodicity, sales, stop, evidence);
    }

    /** The same bilan with the agency's evidence on follow-ups. */
    public Bilan withEvidence(FollowUpEvidence evidence) {
        return new Bilan(campaignId, subject, client, isFinal, at, total, perCaller, perSlot, perPeriodicity, sales, stop, evidence);
    }
}
