package io.relance.domain.staff;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of Keycloak, as the app knows them. {@code CLIENT} is the agency's client, not staff. */
public enum Role {
    STAGIAIRE("stagiaire"),
    CHEF_DE_PROJET("chef-de-projet"),
    DIRECTEUR("directeur"),
    CLIENT("client");

    public static final String STAGIAIRE_NAME = "stagiaire";
    public static final String CHEF_DE_PROJET_NAME = "chef-de-projet";
    public static final String DIRECTEUR_NAME = "directeur";
    public static final String CLIENT_NAME = "client";

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    public boolean isStaff() {
        return this != CLIENT;
    }

    public static Optional<Role> ofRealmRole(String name) {
        return Arrays.stream(values()).filter(r -> r.realmRole.equals(name)).findFirst();
    }
}
