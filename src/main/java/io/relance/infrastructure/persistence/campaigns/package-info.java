/**
 * Infrastructure layer, feature "campaigns": JPA/SQL implementations of the ports declared in
 * io.relance.application.campaigns (campaigns, targets, pause/resume/stop of sequences). Implements;
 * never called by the application directly. Every statement carries the tenant.
 */
package io.relance.infrastructure.persistence.campaigns;
