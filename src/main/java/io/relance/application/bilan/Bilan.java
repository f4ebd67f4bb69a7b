package io.relance.application.bilan;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A campaign's bilan: its totals and the same numbers per caller, per time slot (slot 0: booked
 * callbacks) and per periodicity. Live while any sequence runs; final once every one has closed.
 *
 * @param sales what the qualification of prospects produced, for the agency's commercial offers
 *              only (null for other campaigns, and on the client's page)
 */
public record Bilan(long campaignId, String subject, String client, boolean isFinal, Instant at, BilanLine total,
                    List<BilanLine> perCaller, List<BilanLine> perSlot, List<BilanLine> perPeriodicity, SalesBilan sales)
        implements Serializable {

    /** A bilan without a sales part. */
    public Bilan(long campaignId, String subject, String client, boolean isFinal, Instant at, BilanLine total,
                 List<BilanLine> perCaller, List<BilanLine> perSlot, List<BilanLine> perPeriodicity) {
        this(campaignId, subject, client, isFinal, at, total, perCaller, perSlot, perPeriodicity, null);
    }

    /** The same bilan with its sales part. */
    public Bilan withSales(SalesBilan sales) {
        return new Bilan(campaignId, subject, client, isFinal, at, total, perCaller, perSlot, perPeriodicity, sales);
    }
}
