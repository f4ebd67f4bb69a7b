package io.relance.interfaces.web.session;

import io.relance.application.common.Bounds;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lazy table fed by a service's page and count (no filtering by column: the page's own filters
 * decide), with an explicit row key; sorted by the database when the loader takes the sorted column.
 * One model for every lazy table. The page just loaded answers row-key lookups (ticked rows), so
 * ticking costs no query.
 * <p>
 * Not serializable on purpose: its loaders are lambdas, whose synthetic names ({@code lambda$new$0})
 * change from one build to the next, so a session read by another node or by the next build during a
 * rolling deploy could not rebuild them. A view keeps its model in a {@code transient} field that its
 * getter builds when null: after a failover the model is made again from the view's own state.
 */
public class PageModel<T> extends LazyDataModel<T> {

    /** Reads one page. */
    @FunctionalInterface
    public interface Loader<T> {
        List<T> page(int first, int size);
    }

    /** Reads one page in the order of the table's sorted column ({@code column} null: the list's own order). */
    @FunctionalInterface
    public interface SortedLoader<T> {
        List<T> page(int first, int size, String column, boolean ascending);
    }

    /** Counts the rows. */
    @FunctionalInterface
    public interface Counter {
        long count();
    }

    // not Serializable: a model kept in a non-transient field fails the views' serialization test
    private final SortedLoader<T> loader;
    private final Counter counter;
    private final Function<T, Object> key;
    private List<T> page = List.of();

    public PageModel(Loader<T> loader, Counter counter, Key<T> key) {
        this((first, size, column, ascending) -> loader.page(first, size), counter, key);
    }

    public PageModel(SortedLoader<T> loader, Counter counter, Key<T> key) {
        this.loader = loader;
        this.counter = counter;
        this.key = key;
    }

    /** The row key of a row. */
    @FunctionalInterface
    public interface Key<T> extends Function<T, Object> {
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) counter.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        page = loader.page(Bounds.first(first), Bounds.size(pageSize), sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
        return page;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return page.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
