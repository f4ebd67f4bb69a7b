/** The reads of the anchor SMS's promises: one grouped query per campaign, tenant first. */
package io.relance.infrastructure.persistence.promises;
