/**
 * Coverage ("retombées"): what a campaign obtained in the media, as the agency records it for its client.
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.coverage;
