/**
 * Who is asking, for the public endpoints' rate limits: the client's network (honouring
 * X-Forwarded-For only behind a proxy the operator says is trusted), the filter that limits the
 * public pages per network, and the 429 answer they share.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.ratelimit;
