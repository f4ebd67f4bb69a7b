package io.relance.interfaces.web.contacts;

import io.relance.application.common.Bounds;
import io.relance.application.contacts.OutletQuery;
import io.relance.application.contacts.OutletRow;
import io.relance.application.contacts.OutletService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One page of outlets at a time, filtered and sorted by the database. */
public class OutletLazyModel extends LazyDataModel<OutletRow> {

    private final transient OutletService outlets;
    private final Supplier<OutletQuery> query;
    private List<OutletRow> page = List.of();

    public OutletLazyModel(OutletService outlets, Supplier<OutletQuery> query) {
        this.outlets = outlets;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) outlets.count(query.get());
    }

    @Override
    public List<OutletRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        OutletQuery q = query.get();
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        if (sort != null) {
            OutletQuery.Sort field = switch (sort.getField()) {
                case "type" -> OutletQuery.Sort.TYPE;
                case "periodicity" -> OutletQuery.Sort.PERIODICITY;
                case "tier" -> OutletQuery.Sort.TIER;
                case "contacts" -> OutletQuery.Sort.CONTACTS;
                default -> OutletQuery.Sort.NAME;
            };
            q = new OutletQuery(q.text(), q.type(), q.periodicity(), q.tier(), q.topic(), field, sort.getOrder() != SortOrder.DESCENDING);
        }
        page = outlets.page(q, Bounds.first(first), Bounds.size(pageSize));
        return page;
    }

    @Override
    public String getRowKey(OutletRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public OutletRow getRowData(String rowKey) {
        return page.stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
