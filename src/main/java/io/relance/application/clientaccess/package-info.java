/**
 * What the agency shows its clients: the read-only campaign page (for a viewer bound to the brand,
 * a share link, or the agency's own preview), its viewers and its share links.
 */
package io.relance.application.clientaccess;
