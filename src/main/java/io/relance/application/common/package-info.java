/**
 * What every application service shares: the not-found answer that hides other tenants' ids, the texts of files.
 * Application layer: use cases and the ports they own; imports only the domain, its own ports and lower features, never infrastructure or interfaces.
 */
package io.relance.application.common;
