/**
 * What the agency shows its clients: the read-only campaign page (for a viewer bound to the brand,
 * a share link, or the agency's own preview), its viewers and its share links.
 * Imports only the domain, its own port (ClientAccessRepository) and lower application features;
 * io.relance.infrastructure.persistence.clientaccess implements it.
 * Application layer (never infrastructure or interfaces).
 */
package io.relance.application.clientaccess;
