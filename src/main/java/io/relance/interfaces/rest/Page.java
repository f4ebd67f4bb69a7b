package io.relance.interfaces.rest;

import java.util.List;

/** A page of a list with the list's total, as every list answers it: {@code {"total": n, "rows": [...]}}. */
public record Page<T>(long total, List<T> rows) {
}
