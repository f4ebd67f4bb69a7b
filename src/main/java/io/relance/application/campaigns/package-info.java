/**
 * Clients, campaigns and their targeting, the agency's sequence templates and pressure policy, and
 * the launch that turns targets into planned, assigned enrolments. Imports only the domain and its
 * own ports (CampaignRepository, TargetRepository, HaltStore), and the application features below it
 * (reassignment, sequence, contacts, mail).
 * Application layer (never infrastructure or interfaces).
 */
package io.relance.application.campaigns;
