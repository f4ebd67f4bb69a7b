/**
 * Journalists' own preferences, said once on the public page and honoured by every agency: the
 * keyed hash that names a person without their address, the preferences and their rules (the
 * weekly cap across agencies, "away until"), the one-time link and the page's rate limit.
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.preference;
