package io.relance.application.bilan.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Rows read a page at a time while they are iterated, so that an export of thousands of contacts
 * never holds them all in memory. Each iteration reads from the first page again.
 */
public final class Paged<T> implements Iterable<T> {

    /** One page: the rows from {@code first}, at most {@code size} of them. */
    @FunctionalInterface
    public interface Source<T> {
        List<T> page(int first, int size);
    }

    private final Source<T> source;
    private final int size;

    public Paged(Source<T> source, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size " + size);
        }
        this.source = source;
        this.size = size;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private List<T> page = source.page(0, size);
            private int first = 0;
            private int i = 0;

            @Override
            public boolean hasNext() {
                if (i < page.size()) {
                    return true;
                }
                if (page.size() < size) { // a short page is the last one: no query for an empty page
                    return false;
                }
                first += size;
                page = source.page(first, size);
                i = 0;
                return !page.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(i++);
            }
        };
    }
}
