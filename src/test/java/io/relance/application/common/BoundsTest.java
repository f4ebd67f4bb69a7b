package io.relance.application.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What one request may ask for (issue 16 §10). */
class BoundsTest {

    @Test
    void aPageIsBetweenOneRowAndTheCapFromANonNegativeOffset() {
        assertEquals(Bounds.MAX_PAGE, Bounds.size(1_000_000));
        assertEquals(Bounds.MAX_PAGE, Bounds.size(Integer.MAX_VALUE));
        assertEquals(1, Bounds.size(0));
        assertEquals(1, Bounds.size(-5));
        assertEquals(50, Bounds.size(50));
        assertEquals(0, Bounds.first(-1));
        assertEquals(0, Bounds.first(Integer.MIN_VALUE));
        assertEquals(75, Bounds.first(75));
    }

    @Test
    void longSearchTextIsRefusedFromTheApiAndCutFromAPage() {
        String longest = "é".repeat(Bounds.MAX_SEARCH);
        assertEquals(longest, Bounds.search("q", longest));
        assertNull(Bounds.search("q", null));
        Bounds.TooLong refused = assertThrows(Bounds.TooLong.class, () -> Bounds.search("q", longest + "x"));
        assertEquals("q", refused.problems().get(0).field());
        assertEquals("search.tooLong", refused.problems().get(0).key());

        assertEquals(longest, Bounds.cut(longest + "xyz".repeat(100_000)));
        assertEquals("curie", Bounds.cut("curie"));
        assertNull(Bounds.cut(null));
    }
}
