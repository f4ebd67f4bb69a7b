package io.relance.application.sales;

import io.relance.domain.mail.MailStatus;
import io.relance.domain.sales.SalesKind;

import java.io.Serializable;
import java.time.Instant;

/** A quote or proposal emailed to a prospect, for their card: which, from which template, where it stands, when. */
public record SentDocument(SalesKind kind, String templateName, MailStatus status, Instant at) implements Serializable {
}
