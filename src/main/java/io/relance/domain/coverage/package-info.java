/** Coverage ("retombées"): what a campaign obtained in the media, as the agency records it for its client. */
package io.relance.domain.coverage;
