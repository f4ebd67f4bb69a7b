package io.relance.interfaces.web.session;

import io.relance.application.common.Bounds;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lazy table fed by a service's page and count (no sorting or filtering by column: the page's
 * own filters decide), with an explicit row key. One model for the campaign screens' tables.
 */
public class PageModel<T> extends LazyDataModel<T> {

    /** Reads one page. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        List<T> page(int first, int size);
    }

    /** Counts the rows. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    private final Loader<T> loader;
    private final Counter counter;
    private final Function<T, Object> key;
    private List<T> page = List.of();

    public PageModel(Loader<T> loader, Counter counter, SerializableKey<T> key) {
        this.loader = loader;
        this.counter = counter;
        this.key = key;
    }

    /** The row key of a row. */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) counter.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        page = loader.page(Bounds.first(first), Bounds.size(pageSize));
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
