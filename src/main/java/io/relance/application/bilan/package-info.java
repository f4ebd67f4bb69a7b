/**
 * The bilan of a campaign: what the follow-up produced, in total and broken down per caller, time
 * slot and periodicity, computed from the attempts and enrolments when asked (so always live).
 * Imports only the domain, its own ports (BilanRepository, SalesBilanRepository) and lower
 * application features; io.relance.infrastructure.persistence.bilan implements the ports.
 * Application layer (never infrastructure or interfaces).
 */
package io.relance.application.bilan;
