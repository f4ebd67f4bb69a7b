/**
 * Clients, campaigns and their targeting, the agency's sequence templates and pressure policy, and
 * the launch that turns targets into planned, assigned enrolments.
 */
package io.relance.application.campaigns;
