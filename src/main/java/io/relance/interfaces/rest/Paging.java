package io.relance.interfaces.rest;

import io.relance.application.common.Bounds;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code first} and {@code size} query parameters of every list (a {@code @BeanParam}): from the
 * start, 50 rows, both kept within {@link Bounds} so that no client asks for the whole table.
 */
public class Paging {

    @QueryParam("first")
    @DefaultValue("0")
    int first;

    @QueryParam("size")
    @DefaultValue("50")
    int size;

    int first() {
        return Bounds.first(first);
    }

    int size() {
        return Bounds.size(size);
    }
}
