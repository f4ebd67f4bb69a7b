/**
 * The security headers of every response (CSP, framing, sniffing, referrer, HSTS), set in one filter
 * so that they are deployed, and tested, with the application rather than with a server's config.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.headers;
