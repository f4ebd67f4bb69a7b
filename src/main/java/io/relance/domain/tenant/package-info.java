/** The agency (tenant): the root every other row belongs to. Its id is the agency's slug. */
package io.relance.domain.tenant;
