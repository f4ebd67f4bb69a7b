package io.relance.domain.coverage;

/** How the piece speaks of the client. */
public enum Tone { POSITIVE, NEUTRAL, NEGATIVE }
