/** The campaign screens: list, form, targeting and launch, follow-up, bilan, and the directeur's rules. */
package io.relance.interfaces.web.campaigns;
