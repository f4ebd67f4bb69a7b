package io.relance.application.outbox;

/** A message claimed from an outbox: what the shared round needs of it is its row's id. */
public interface OutboxMessage {

    long id();
}
