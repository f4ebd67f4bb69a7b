package io.relance.application.bilan;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A campaign's bilan: its totals and the same numbers per caller, per time slot (slot 0: booked
 * callbacks) and per periodicity. Live while any sequence runs; final once every one has closed.
 */
public record Bilan(long campaignId, String subject, String client, boolean isFinal, Instant at, BilanLine total,
                    List<BilanLine> perCaller, List<BilanLine> perSlot, List<BilanLine> perPeriodicity)
        implements Serializable {
}
