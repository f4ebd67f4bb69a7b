/**
 * The agency's sales documents: its standard quote and its short proposal templates, each an email
 * text and a document (an uploaded PDF, or one written from a title and a text), sent from a
 * prospect's qualification card.
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.sales;
