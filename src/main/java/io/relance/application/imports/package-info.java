/**
 * Imports and exports of the address book: read and map a file, preview what each line will
 * become, carry the plan out in the background with a progress bar, keep a report of every line;
 * and write the same columns back out as CSV or XLSX.
 * Imports only the domain, its own port (ImportRepository, implemented in
 * io.relance.infrastructure.persistence.imports) and the address book's services and ports below it;
 * a line that says no fires {@code PersonSaidNo} like the contact form.
 * Application layer (never infrastructure or interfaces).
 */
package io.relance.application.imports;
