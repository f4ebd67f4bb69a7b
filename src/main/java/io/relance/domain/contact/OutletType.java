package io.relance.domain.contact;

/**
 * What kind of medium an outlet is. The aliases are the words French media lists and CRM exports
 * use in their "type" column: a daily or a weekly is a printed title there, a "site" is the web.
 */
public enum OutletType implements Choice {
    @Aliases({"presse écrite", "presse", "print", "magazine", "journal", "written press", "press", "newspaper",
            "mag", "revue", "gazette", "presse magazine", "presse quotidienne", "quotidien", "hebdo", "hebdomadaire",
            "mensuel", "pqr", "pqn", "phr", "titre de presse", "print media"}) PRESSE_ECRITE,
    @Aliases({"site web", "online", "pure player", "internet", "site", "web", "en ligne", "site internet",
            "presse en ligne", "media en ligne", "webzine", "portail", "digital", "numérique", "website"}) WEB,
    @Aliases({"radio", "fm", "station de radio", "webradio"}) RADIO,
    @Aliases({"télévision", "television", "télé", "tv", "chaîne", "chaîne de télévision", "tnt"}) TV,
    @Aliases({"agence de presse", "news agency", "agence", "press agency", "wire service", "afp"}) AGENCE_DE_PRESSE,
    @Aliases({"blog / podcast", "blog", "podcast", "blog podcast", "blogueur", "blogger"}) BLOG_PODCAST
}
