/**
 * Reading the files agencies have (CSV in any delimiter and encoding, XLSX), finding the header,
 * mapping columns to fields, and deciding for every line what an import will do with it: create,
 * update, skip a duplicate, or reject with a reason. No container: all of it is unit-tested on files.
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.imports;
