/** Dashboards: a campaign's numbers drawn for the agency, and the agency's activity across campaigns for its directeur. */
package io.relance.application.dashboard;
