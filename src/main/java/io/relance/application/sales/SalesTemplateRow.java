package io.relance.application.sales;

import io.relance.domain.sales.DocumentSource;
import io.relance.domain.sales.SalesKind;

import java.io.Serializable;
import java.time.Instant;

/** A template as pages and the API show it: everything but the PDF's bytes (their size only). */
public record SalesTemplateRow(long id, SalesKind kind, String name, String emailSubject, String emailBody, DocumentSource source,
                               String docTitle, String docBody, String pdfName, long pdfBytes, boolean archived,
                               Instant updatedAt) implements Serializable {
}
