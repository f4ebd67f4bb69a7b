/**
 * Evidence: whether follow-up calls work, told with the agency's own numbers. Called and "envoi seul"
 * contacts compared by score band, each rate with its 95 % Wilson interval and a plain verdict when the
 * data cannot settle it; and the call attempts the closed cycle, the weekly cap and "envoi seul" saved.
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.evidence;
