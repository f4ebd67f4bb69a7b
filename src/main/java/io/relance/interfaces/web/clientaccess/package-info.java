/**
 * The client's pages (their campaigns, one campaign, a shared link) and the agency's "espace client" of a campaign.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.clientaccess;
