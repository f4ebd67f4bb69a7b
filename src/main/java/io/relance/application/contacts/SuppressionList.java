package io.relance.application.contacts;

import io.relance.application.common.AppClock;
import io.relance.domain.contact.ContactDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * What an erasure leaves behind so that a "no" outlives the person's data: their email and phone
 * numbers as one-way fingerprints. Whoever arrives again with one of them (typed, imported, sent
 * over the API) arrives opted out, and the list is shown as such, never an address in clear.
 */
@ApplicationScoped
public class SuppressionList {

    /** The opt-out reason of a person recognised by the list. */
    public static final String LISTED = "Liste de suppression (personne effacée)";

    @Inject
    SuppressionRecords store;

    @Inject
    AppClock clock;

    /** Before an erasure: the person's email and numbers join the list. */
    public void remember(ContactDetails person, String reason) {
        store.add(person, reason, clock.now());
    }

    /** The same details, opted out if the list knows their email or one of their numbers. */
    public ContactDetails screen(ContactDetails d) {
        return screen(List.of(d)).get(0);
    }

    /** Many at once (an import): one look-up per thousand fingerprints. */
    public List<ContactDetails> screen(List<ContactDetails> people) {
        List<Boolean> listed = store.listed(people);
        List<ContactDetails> screened = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            screened.add(listed.get(i) ? people.get(i).optedOut(LISTED) : people.get(i));
        }
        return screened;
    }

    public List<SuppressionEntry> page(int first, int size) {
        return store.page(first, size);
    }

    public long count() {
        return store.count();
    }
}
