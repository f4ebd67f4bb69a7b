package io.relance.application.coverage;

import io.relance.domain.coverage.Coverage;

import java.util.List;
import java.util.Optional;

/**
 * A campaign's coverage, and the outlets and journalists a piece names. Every read goes through the
 * agency's session or carries its tenant: another agency's piece, outlet or journalist is not there.
 */
public interface CoverageRepository {

    /** A campaign's coverage with its outlet's and journalist's names, newest first, in one query. */
    List<CoverageRow> of(long campaignId);

    /** A piece of this agency, to be changed or removed. */
    Optional<Coverage> find(long id);

    /** Writes a new piece now, so that its id is known. */
    void add(Coverage piece);

    void remove(Coverage piece);

    boolean outletExists(long outletId);

    boolean contactExists(long contactId);

    /** The journalist's outlet, if they have one. */
    Optional<Long> outletOf(long contactId);
}
