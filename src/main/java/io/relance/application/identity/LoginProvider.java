package io.relance.application.identity;

/** Where people log in (Keycloak): whether it answers now, so that a login is not sent into a dead end. */
public interface LoginProvider {

    /** Whether the login page can be reached now (may be a few seconds old). */
    boolean answers();
}
