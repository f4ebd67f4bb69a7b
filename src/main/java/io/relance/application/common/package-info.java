/** What every application service shares: the not-found answer that hides other tenants' ids. */
package io.relance.application.common;
