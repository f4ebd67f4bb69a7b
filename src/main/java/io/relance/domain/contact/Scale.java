package io.relance.domain.contact;

/** How far an outlet reaches. */
public enum Scale implements Choice {
    @Aliases({"national", "nationale", "nat", "france", "pqn"}) NATIONAL,
    @Aliases({"régional", "régionale", "regional", "pqr", "région", "départemental", "départementale", "phr"}) REGIONAL,
    @Aliases({"locale", "local", "ville", "city", "municipal"}) LOCAL,
    @Aliases({"internationale", "international", "monde", "world", "europe", "européen"}) INTERNATIONAL
}
