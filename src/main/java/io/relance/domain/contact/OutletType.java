package io.relance.domain.contact;

/** What kind of medium an outlet is. */
public enum OutletType implements Choice {
    PRESSE_ECRITE("presse écrite", "presse", "print", "magazine", "journal", "written press"),
    WEB("site web", "online", "pure player", "internet"),
    RADIO("radio"),
    TV("télévision", "television", "télé"),
    AGENCE_DE_PRESSE("agence de presse", "news agency", "agence"),
    BLOG_PODCAST("blog / podcast", "blog", "podcast", "blog podcast");

    private final String[] aliases;

    OutletType(String... aliases) {
        this.aliases = aliases;
    }

    @Override
    public String[] aliases() {
        return aliases;
    }
}
