package io.relance.domain.coverage;

/** What the outlet published. */
public enum CoverageKind { ARTICLE, INTERVIEW, MENTION, REPORTAGE }
