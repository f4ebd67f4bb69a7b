package io.relance.application.contacts;

import java.io.Serializable;
import java.util.List;

/** The contacts a bulk action applies to: the ticked ones, or every one the query finds. */
public record Selection(List<Long> ids, ContactQuery query) implements Serializable {

    public static Selection of(List<Long> ids) {
        return new Selection(List.copyOf(ids), null);
    }

    public static Selection matching(ContactQuery query) {
        return new Selection(null, query);
    }

    public boolean isQuery() {
        return query != null;
    }
}
