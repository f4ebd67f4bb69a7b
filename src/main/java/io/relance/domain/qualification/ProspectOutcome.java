package io.relance.domain.qualification;

/** What came of a qualified prospect in the end, as the chef de projet records it. */
public enum ProspectOutcome { WON, LOST, NO_ANSWER }
