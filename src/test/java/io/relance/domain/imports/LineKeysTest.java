package io.relance.domain.imports;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The analyzer's memory of the keys seen: a million keys in primitive arrays, first one kept. */
class LineKeysTest {

    @Test
    void keepsAMillionKeysAndTheFirstIndexOfEach() {
        LineKeys keys = new LineKeys();
        for (int i = 0; i < 1_000_000; i++) {
            keys.putIfAbsent("email:contact" + i + "@exemple.fr", i);
        }
        keys.putIfAbsent("email:contact42@exemple.fr", 7);
        assertEquals(1_000_000, keys.size());
        assertEquals(42, keys.get("email:contact42@exemple.fr"), "putIfAbsent keeps the first line");
        assertEquals(999_999, keys.get("email:contact999999@exemple.fr"));
        assertNull(keys.get("email:contact1000000@exemple.fr"));
        assertNull(keys.get("phone:contact42@exemple.fr"), "the kind is part of the key");
        keys.put("outlet:le monde", 3);
        keys.put("outlet:le monde", 5);
        assertEquals(5, keys.get("outlet:le monde"));
    }
}
