package io.relance.domain.contact;

/** An outlet's checked values, ready to be stored. Only the name is required. */
public record OutletDetails(String name, OutletType type, Periodicity periodicity, ClosingDay closingDay,
                            Scale scale, Tier tier, String topics) {

    /** This outlet with the other's non-empty values laid over it (an import that updates). */
    public OutletDetails overlay(OutletDetails other) {
        return new OutletDetails(name,
                other.type != null ? other.type : type,
                other.periodicity != null ? other.periodicity : periodicity,
                other.closingDay != null ? other.closingDay : closingDay,
                other.scale != null ? other.scale : scale,
                other.tier != null ? other.tier : tier,
                other.topics != null ? other.topics : topics);
    }
}
