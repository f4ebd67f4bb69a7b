package io.relance.application.contacts;

import io.relance.domain.contact.Outlet;

import java.util.List;
import java.util.Optional;

/** The current tenant's outlets (the address book's port); names compare without case or accents. */
public interface OutletRepository {

    Optional<Outlet> find(long id);

    Optional<Outlet> findByName(String name);

    List<OutletRow> page(OutletQuery q, int first, int size);

    long count(OutletQuery q);

    /** Every outlet by name, a page at a time (exports). */
    List<Outlet> all(int first, int size);

    /** Names starting with the typed text, for the outlet field of the contact form. */
    List<Outlet> suggest(String prefix, int max);

    void add(Outlet outlet);

    void remove(Outlet outlet);
}
