/** The client's pages (their campaigns, one campaign, a shared link) and the agency's "espace client" of a campaign. */
package io.relance.interfaces.web.clientaccess;
