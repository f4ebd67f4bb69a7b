/**
 * The agency (tenant): the root every other row belongs to. Its id is the agency's slug.
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.tenant;
