package io.relance.domain.contact;

/** Priority of an outlet or a contact: A first. */
public enum Tier implements Choice {
    @Aliases({"1", "tier a", "tier 1", "prioritaire"}) A,
    @Aliases({"2", "tier b", "tier 2"}) B,
    @Aliases({"3", "tier c", "tier 3"}) C
}
