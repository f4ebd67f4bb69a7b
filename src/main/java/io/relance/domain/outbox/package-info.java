/**
 * Domain layer, what the outboxes share: the retry policy (how long a failed message waits, when it
 * is given up). Pure rules: no container, no storage.
 */
package io.relance.domain.outbox;
