package io.relance.interfaces.web.contacts;

import io.relance.application.common.Bounds;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactRow;
import io.relance.application.contacts.ContactService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One page of contacts at a time, filtered and sorted by the database. The page just loaded
 * answers row-key lookups (ticked rows), so ticking costs no query.
 */
public class ContactLazyModel extends LazyDataModel<ContactRow> {

    private final transient ContactService contacts;
    private final Supplier<ContactQuery> query;
    private List<ContactRow> page = List.of();

    public ContactLazyModel(ContactService contacts, Supplier<ContactQuery> query) {
        this.contacts = contacts;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) contacts.count(query.get());
    }

    @Override
    public List<ContactRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ContactQuery q = query.get();
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        if (sort != null) {
            ContactQuery.Sort field = switch (sort.getField()) {
                case "outlet" -> ContactQuery.Sort.OUTLET;
                case "tier" -> ContactQuery.Sort.TIER;
                case "created" -> ContactQuery.Sort.CREATED;
                default -> ContactQuery.Sort.NAME;
            };
            q = new ContactQuery(q.text(), q.tier(), q.topic(), q.outletId(), q.outletType(), q.periodicity(), q.ownerId(), q.doNotCall(),
                    field, sort.getOrder() != SortOrder.DESCENDING);
        }
        page = contacts.page(q, Bounds.first(first), Bounds.size(pageSize));
        return page;
    }

    @Override
    public String getRowKey(ContactRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public ContactRow getRowData(String rowKey) {
        return page.stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
