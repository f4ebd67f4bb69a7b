/** In-container tests of the tenant feature: the agency's own time zone. */
package io.relance.application.tenant;
