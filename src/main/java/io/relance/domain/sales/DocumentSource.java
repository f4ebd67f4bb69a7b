package io.relance.domain.sales;

/** Where a template's document comes from: a PDF the agency uploaded, or generated from its title and text. */
public enum DocumentSource { UPLOADED, GENERATED }
