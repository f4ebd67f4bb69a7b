/**
 * The agency's own evidence on follow-ups, for a campaign's bilan and the directeur's dashboard: called
 * against "envoi seul" contacts by score band (io.relance.domain.evidence), and the call attempts saved.
 * Imports only the domain and its own port (EvidenceRepository); io.relance.infrastructure.persistence.evidence
 * implements it. Application layer (never infrastructure or interfaces).
 */
package io.relance.application.evidence;
