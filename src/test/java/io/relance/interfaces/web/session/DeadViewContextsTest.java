package io.relance.interfaces.web.session;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadViewContextsTest {

    /** The shapes Mojarra keeps in the session: contexts by view id, the live view maps by view id. */
    private static Map<Object, Object> contexts(String... viewIds) {
        Map<Object, Object> contexts = new ConcurrentHashMap<>();
        for (String id : viewIds) {
            contexts.put(id, new ConcurrentHashMap<>(Map.of("bean-id", "majourneeView")));
        }
        return contexts;
    }

    private static Map<Object, Object> viewMaps(String... viewIds) {
        Map<Object, Object> maps = Collections.synchronizedMap(new LinkedHashMap<>());
        for (String id : viewIds) {
            maps.put(id, new LinkedHashMap<>());
        }
        return maps;
    }

    @Test
    void theContextsOfViewsFacesNoLongerHoldsAreDropped() {
        Map<Object, Object> contexts = contexts("v1", "v2", "v3", "v4");
        assertTrue(DeadViewContexts.prune(contexts, viewMaps("v3", "v4")));
        assertEquals(Set.of("v3", "v4"), contexts.keySet());
    }

    @Test
    void liveViewsKeepTheirBeans() {
        Map<Object, Object> contexts = contexts("v1", "v2");
        Object v1 = contexts.get("v1");
        assertFalse(DeadViewContexts.prune(contexts, viewMaps("v1", "v2", "v3")), "nothing dead: the session is not rewritten");
        assertEquals(Set.of("v1", "v2"), contexts.keySet());
        assertTrue(contexts.get("v1") == v1, "the live view's context is the same object");
    }

    @Test
    void aViewWithoutBeansDoesNotProtectADeadOne() {
        // a view map without @ViewScoped beans has no context: the sizes alone do not tell
        Map<Object, Object> contexts = contexts("v1", "v2");
        assertTrue(DeadViewContexts.prune(contexts, viewMaps("v2", "v9")));
        assertEquals(Set.of("v2"), contexts.keySet());
    }
}
