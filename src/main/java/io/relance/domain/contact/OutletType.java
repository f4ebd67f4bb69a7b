package io.relance.domain.contact;

/** What kind of medium an outlet is. */
public enum OutletType implements Choice {
    @Aliases({"presse écrite", "presse", "print", "magazine", "journal", "written press"}) PRESSE_ECRITE,
    @Aliases({"site web", "online", "pure player", "internet"}) WEB,
    @Aliases({"radio"}) RADIO,
    @Aliases({"télévision", "television", "télé"}) TV,
    @Aliases({"agence de presse", "news agency", "agence"}) AGENCE_DE_PRESSE,
    @Aliases({"blog / podcast", "blog", "podcast", "blog podcast"}) BLOG_PODCAST
}
