package io.relance.application.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk work rests while people are being served, and only then. */
class GiveWayTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Long> rests = new ArrayList<>();
    private final GiveWay giveWay = new GiveWay(now::get, nanos -> {
        rests.add(nanos);
        now.addAndGet(nanos);
    }, 2);

    @Test
    void aloneOnTheNodeTheWorkNeverRests() {
        GiveWay.Pace pace = giveWay.pace();
        workFor(pace, 5_000, 0);
        assertTrue(rests.isEmpty(), "rested " + rests.size() + " times with nobody served");
    }

    @Test
    void whilePeopleAreServedTheWorkRestsTwiceAsLongAsItWorked() {
        GiveWay.Pace pace = giveWay.pace();
        // two people's requests at all times: 2 ms served per millisecond
        long worked = workFor(pace, 5_000, 2);
        long rested = rests.stream().mapToLong(Long::longValue).sum();
        assertTrue(rests.size() > 50, "rests: " + rests.size());
        // the first half-second is measured before the node's load is known
        double share = (double) worked / (worked + rested);
        assertTrue(share > 0.30 && share < 0.40, "the work's share of the time: " + share);
    }

    @Test
    void theImportersOwnProgressPollsDoNotSlowItDown() {
        GiveWay.Pace pace = giveWay.pace();
        // a 5 ms status request every second
        for (int second = 0; second < 10; second++) {
            workFor(pace, 995, 0);
            giveWay.served(ms(5));
            workFor(pace, 5, 0);
        }
        assertTrue(rests.isEmpty(), "rested " + rests.size() + " times for the importer's own polls");
    }

    @Test
    void noRestIsLongerThanTwoSeconds() {
        GiveWay.Pace pace = giveWay.pace();
        workFor(pace, 1_000, 3); // the node learns it is busy
        rests.clear();
        now.addAndGet(ms(5_000)); // one JDBC batch that took five seconds
        giveWay.served(ms(15_000));
        pace.step();
        assertEquals(List.of(ms(2_000)), rests);
    }

    /** Works in 1 ms units for {@code millis}, the node serving {@code concurrency} requests meanwhile; answers the time worked. */
    private long workFor(GiveWay.Pace pace, int millis, int concurrency) {
        long worked = 0;
        for (int i = 0; i < millis; i++) {
            now.addAndGet(ms(1));
            worked += ms(1);
            giveWay.served(ms(concurrency));
            int before = rests.size();
            pace.step();
            for (int r = before; r < rests.size(); r++) {
                giveWay.served(rests.get(r) * concurrency); // people are served while the work rests too
            }
        }
        return worked;
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
