package io.relance.domain.qualification;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationTest {

    private static final Invitation MEETING = new Invitation("meeting-42@relance", Instant.parse("2026-12-03T09:30:00Z"),
            Duration.ofMinutes(90), "Rendez-vous : Maison Lumière, lancement; phase 2",
            "Objectifs : notoriété, leads\nBudget : 10 000–20 000 €", "https://visio.example/r/abc",
            "Julien Bernard", "chef@agence-demo.fr", List.of("prospect@lumiere.example", "dir@agence-demo.fr"));

    @Test
    void carriesTheMeetingInUtcWithItsPeople() {
        String ics = MEETING.ics(Instant.parse("2026-11-27T16:00:00Z")).replace("\r\n ", ""); // unfolded
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("\r\nMETHOD:REQUEST\r\n"));
        assertTrue(ics.contains("\r\nUID:meeting-42@relance\r\n"));
        assertTrue(ics.contains("\r\nDTSTART:20261203T093000Z\r\n"));
        assertTrue(ics.contains("\r\nDTEND:20261203T110000Z\r\n"), "start plus 90 minutes");
        assertTrue(ics.contains("\r\nDTSTAMP:20261127T160000Z\r\n"));
        assertTrue(ics.contains("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:prospect@lumiere.example\r\n"));
        assertTrue(ics.contains("ORGANIZER;CN=\"Julien Bernard\":mailto:chef@agence-demo.fr\r\n"));
        assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    void escapesTextAndFoldsLongLinesWithoutBreakingCharacters() {
        String ics = MEETING.ics(Instant.parse("2026-11-27T16:00:00Z"));
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Rendez-vous : Maison Lumière\\, lancement\\; phase 2\r\n"), unfolded);
        assertTrue(unfolded.contains("DESCRIPTION:Objectifs : notoriété\\, leads\\nBudget : 10 000–20 000 €\r\n"), unfolded);
        for (String physical : ics.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + physical);
        }
        assertEquals(-1, ics.replace("\r\n", "").indexOf('\n'), "only CRLF line ends");
    }
}
