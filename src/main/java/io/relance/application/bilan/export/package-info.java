/**
 * A bilan as files (PDF, XLSX, CSV), written by plain renderers that know nothing of the container:
 * whoever has checked that the reader may see a campaign (the agency's staff, later its client)
 * hands them a {@link io.relance.application.bilan.export.BilanReport} and an output stream.
 * Application layer: use cases and the ports they own; imports only the domain, its own ports and lower features, never infrastructure or interfaces.
 */
package io.relance.application.bilan.export;
