/**
 * Infrastructure layer, feature "evidence": JPA/SQL implementations of the port declared in
 * io.relance.application.evidence (called and send-only targets counted by score, attempts against the baseline),
 * and the writer of finished campaigns' history (PastCampaigns) for the demo agency and the evidence's test.
 * Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.evidence;
