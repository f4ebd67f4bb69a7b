package io.relance.domain.campaign;

/** A call task of a caller's queue: a planned slot of the sequence, or a callback the person asked for. */
public enum TaskKind {
    SLOT, CALLBACK
}
