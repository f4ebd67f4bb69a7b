package io.relance.application.sales;

import io.relance.domain.sales.SalesKind;

import java.io.Serializable;

/** A button of the card: a template that can be sent now. */
public record TemplateChoice(long id, SalesKind kind, String name) implements Serializable {
}
