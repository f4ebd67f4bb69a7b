package io.relance.interfaces.web.session;

import io.relance.application.common.Bounds;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The lazy tables' model: the sorted column reaches the loader, pages stay bounded, ticked rows cost no query. */
class PageModelTest {

    record Row(long id, String name) {
    }

    @Test
    void theSortedColumnAndItsDirectionReachTheLoader() {
        List<String> asked = new ArrayList<>();
        PageModel<Row> model = new PageModel<>((first, size, column, ascending) -> {
            asked.add(first + "/" + size + " " + column + " " + ascending);
            return List.of();
        }, () -> 0, Row::id);

        model.load(0, 20, Map.of(), Map.of());
        model.load(20, 20, Map.of("tier", SortMeta.builder().field("tier").order(SortOrder.DESCENDING).build()), Map.of());
        model.load(40, 20, Map.of("outlet", SortMeta.builder().field("outlet").order(SortOrder.ASCENDING).build()), Map.of());

        assertEquals(List.of("0/20 null true", "20/20 tier false", "40/20 outlet true"), asked);
    }

    @Test
    void aPageIsNeverLargerThanTheBoundsAllow() {
        List<Integer> sizes = new ArrayList<>();
        PageModel<Row> model = new PageModel<>((first, size) -> {
            sizes.add(size);
            return List.of();
        }, () -> 0, Row::id);

        model.load(-5, 1_000_000, Map.of(), Map.of());

        assertEquals(List.of(Bounds.size(1_000_000)), sizes);
    }

    @Test
    void aTickedRowIsFoundInThePageJustLoaded() {
        Row ana = new Row(7, "Ana");
        int[] loads = {0};
        PageModel<Row> model = new PageModel<>((first, size) -> {
            loads[0]++;
            return List.of(new Row(3, "Bo"), ana);
        }, () -> 2, Row::id);

        model.load(0, 10, Map.of(), Map.of());

        assertEquals("7", model.getRowKey(ana));
        assertSame(ana, model.getRowData("7"));
        assertNull(model.getRowData("8"));
        assertEquals(1, loads[0]);
        assertEquals(2, model.count(Map.of()));
    }
}
