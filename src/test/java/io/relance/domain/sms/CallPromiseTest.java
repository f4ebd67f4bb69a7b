package io.relance.domain.sms;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallPromiseTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    /** Tuesday 24 November 2026, 09:16 in Paris. */
    private static final Instant TUESDAY = Instant.parse("2026-11-24T08:16:00Z");

    @Test
    void theSeedsOwnTextReadsAsWrittenForAThreeDaySequence() {
        CallPromise p = new CallPromise(TUESDAY, Instant.parse("2026-11-24T08:30:00Z"), Instant.parse("2026-11-26T17:00:00Z"), PARIS);
        String text = new SmsTemplate("Je vous appelle {delai} pour faire le point sur {sujet}. Si besoin, je reviens vers vous {horizon}.")
                .render(Map.of("delai", p.delai(), "horizon", p.horizon(), "sujet", "la collection d'hiver"));
        assertEquals("Je vous appelle aujourd'hui pour faire le point sur la collection d'hiver. "
                + "Si besoin, je reviens vers vous d'ici 48h.", text);
    }

    @Test
    void theHorizonNamesTomorrowTheWeekdayOrTheDate() {
        assertEquals("d'ici ce soir", new CallPromise(TUESDAY, null, Instant.parse("2026-11-24T16:00:00Z"), PARIS).horizon());
        assertEquals("d'ici demain", new CallPromise(TUESDAY, null, Instant.parse("2026-11-25T16:00:00Z"), PARIS).horizon());
        // sent on a Friday, the last call on Tuesday: the weekday, not "96h"
        Instant friday = Instant.parse("2026-11-27T08:16:00Z");
        assertEquals("d'ici mardi", new CallPromise(friday, null, Instant.parse("2026-12-01T16:00:00Z"), PARIS).horizon());
        assertEquals("d'ici le 10/12", new CallPromise(friday, null, Instant.parse("2026-12-10T16:00:00Z"), PARIS).horizon());
        assertEquals("prochainement", new CallPromise(friday, null, null, PARIS).horizon());
    }

    @Test
    void theDaysAreThePersonsOwn() {
        // 04:00 on Wednesday in Paris is still Tuesday evening in Montréal: "aujourd'hui" there
        Instant now = Instant.parse("2026-11-25T03:00:00Z");
        Instant call = Instant.parse("2026-11-25T04:00:00Z");
        assertEquals("aujourd'hui", new CallPromise(now.minusSeconds(7200), call, call, MONTREAL).delai());
        assertEquals("demain", new CallPromise(Instant.parse("2026-11-24T20:00:00Z"), call.plusSeconds(3600 * 14), null, PARIS).delai());
        assertEquals("le 27/11", new CallPromise(TUESDAY, Instant.parse("2026-11-27T09:00:00Z"), null, PARIS).delai());
    }

    @Test
    void thePromisedDayRunsFromMidnightToMidnightInTheZone() {
        CallPromise p = new CallPromise(TUESDAY, Instant.parse("2026-11-24T14:00:00Z"), null, MONTREAL);
        assertArrayEquals(new Instant[]{Instant.parse("2026-11-24T05:00:00Z"), Instant.parse("2026-11-25T05:00:00Z")}, p.promisedDay());
        assertNull(new CallPromise(TUESDAY, null, null, PARIS).promisedDay());
    }

    @Test
    void onlyATextThatNamesTheDayMakesAPromise() {
        assertTrue(SmsTemplate.DEFAULT.promisesADay());
        assertTrue(new SmsTemplate("Je vous appelle {Delai}.").promisesADay());
        assertFalse(new SmsTemplate("Bonjour {prenom}, je reviens vers vous {horizon}.").promisesADay());
    }
}
