/**
 * Infrastructure layer, feature "clientaccess": JPA/SQL implementations of the ports declared in
 * io.relance.application.clientaccess (client viewers, share links, the brands they read).
 * Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.clientaccess;
