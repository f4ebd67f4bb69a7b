package io.relance.domain.sales;

/** The standard quote (one per agency, for a low-priority prospect) or a short proposal (motivated). */
public enum SalesKind { QUOTE, PROPOSAL }
