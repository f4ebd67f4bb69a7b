/** What every page shares: the header (agency, user, menu by role), the language, home and logout. */
package io.relance.interfaces.web.session;
