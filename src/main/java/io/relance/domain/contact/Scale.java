package io.relance.domain.contact;

/** How far an outlet reaches. */
public enum Scale implements Choice {
    @Aliases({"national", "nationale"}) NATIONAL,
    @Aliases({"régional", "régionale", "regional", "pqr"}) REGIONAL,
    @Aliases({"locale"}) LOCAL,
    @Aliases({"internationale"}) INTERNATIONAL
}
