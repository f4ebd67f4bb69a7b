/**
 * Imports and exports of the address book: read and map a file, preview what each line will
 * become, carry the plan out in the background with a progress bar, keep a report of every line;
 * and write the same columns back out as CSV or XLSX.
 */
package io.relance.application.imports;
