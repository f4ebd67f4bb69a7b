package io.relance.application.coverage;

import io.relance.domain.coverage.CoverageKind;
import io.relance.domain.coverage.Tone;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A piece of coverage as the agency and its client read it: outlet and journalist by name (a byline
 * is public), never a phone, an email or a note.
 */
public record CoverageRow(long id, long campaignId, LocalDate publishedOn, Long outletId, String outlet, Long contactId,
                          String journalist, String title, String url, CoverageKind kind, Long audience, Tone tone)
        implements Serializable {
}
