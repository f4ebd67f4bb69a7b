package io.relance.application.sales;

import io.relance.domain.sales.SalesTemplate;

import java.util.List;
import java.util.Optional;

/**
 * The agency's quote and proposal templates, and what sending one needs: the prospect behind a
 * sequence and the documents already sent. Lists never load a PDF's bytes, only their size; the
 * entity, with its PDF, is loaded through the tenant-filtered session to be changed.
 */
public interface SalesTemplateRepository {

    /**
     * A template of this agency, to be changed or sent.
     *
     * @throws io.relance.application.common.NotFoundException another agency's, or none
     */
    SalesTemplate require(long id);

    /** Writes a new template now, so that its id is known. */
    void add(SalesTemplate template);

    List<SalesTemplateRow> rows(boolean withArchived);

    Optional<SalesTemplateRow> row(long id);

    /** The agency's standard quote, if it has one. */
    Optional<Long> quote();

    /**
     * Holds the agency's row until the transaction ends: two people saving "the" quote at once write
     * one, the second finding the first's (the table cannot say "one active quote" by a unique key).
     */
    void lockAgency();

    /** The card's buttons on every card shown: ids and names only, never the texts nor the PDF's size. */
    List<TemplateChoice> choices();

    /** The sequence's contact as a sales email needs them; empty if the sequence is not this agency's. */
    Optional<Prospect> prospect(long enrolmentId);

    /** A sample prospect of this agency, for previews: the agency is real, the person is not. */
    Prospect sample();

    /** The quotes and proposals emailed to a sequence's contact, newest first. */
    List<SentDocument> sent(long enrolmentId);
}
