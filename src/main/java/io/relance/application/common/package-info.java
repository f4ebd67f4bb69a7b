/** What every application service shares: the not-found answer that hides other tenants' ids, the texts of files. */
package io.relance.application.common;
