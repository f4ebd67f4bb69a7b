package io.relance.domain.sms;

import io.relance.domain.sequence.BusinessCalendar;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Template rendering, sender names, STOP replies and the hours an SMS may leave. */
class SmsRulesTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aTemplateRendersItsVariablesAndFlagsUnknownOnes() {
        SmsTemplate t = new SmsTemplate("Bonjour {prenom}, {appelant} de {agence} : {sujet}. Je vous rappelle {delai}.");
        assertEquals("Bonjour Claire, Léa de Agence Démo : Collection d'hiver. Je vous rappelle demain matin.",
                t.render(Map.of("prenom", "Claire", "appelant", "Léa", "agence", "Agence Démo", "sujet", "Collection d'hiver",
                        "delai", "demain matin")));
        assertEquals("Bonjour, merci", new SmsTemplate("Bonjour {prenom}, merci").render(Map.of()), "an empty value leaves no gap");
        assertTrue(t.problems().isEmpty());
        var problems = new SmsTemplate("Bonjour {prénom} {Nom} {societe}").problems();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("{prénom}", problems.get(0).value());
        assertEquals("sms.text.required", new SmsTemplate(" ").problems().get(0).key());
    }

    @Test
    void senderNamesFollowTheOperatorsRules() {
        assertEquals(Optional.empty(), SenderName.problem("AgenceDemo"));
        assertEquals(Optional.empty(), SenderName.problem("Agence Demo"));
        assertEquals(Optional.of("sms.sender.long"), SenderName.problem("Agence Démo SA"));
        assertEquals(Optional.of("sms.sender.characters"), SenderName.problem("Agence Démo"));
        assertEquals(Optional.of("sms.sender.letter"), SenderName.problem("0612345678"));
        assertEquals(Optional.of("sms.sender.required"), SenderName.problem(""));
    }

    @Test
    void stopAndItsVariantsAreRecognised() {
        for (String reply : new String[]{"STOP", "stop", "Stop.", " stop svp", "STOP SMS", "Arrêt", "ARRET", "Désabonner",
                "unsubscribe", "Stop, merci", "stop-sms"}) {
            assertTrue(StopWords.asksToStop(reply), reply);
        }
        for (String reply : new String[]{"Oui je viens", "Rappelez-moi", "", "  ", "Je ne m'arrête pas là", "non-stop"}) {
            assertFalse(StopWords.asksToStop(reply), reply);
        }
    }

    @Test
    void quietHoursMoveAnSmsToTheNextAllowedMoment() {
        QuietHours quiet = new QuietHours(BusinessCalendar.of("FR"));
        Instant tuesdayMorning = Instant.parse("2026-11-24T08:15:00Z"); // 09:15 in Paris
        assertEquals(tuesdayMorning, quiet.nextAllowed(tuesdayMorning, PARIS));
        assertEquals(Instant.parse("2026-11-24T07:00:00Z"), quiet.nextAllowed(Instant.parse("2026-11-24T05:30:00Z"), PARIS),
                "06:30 → 08:00 the same day");
        assertEquals(Instant.parse("2026-11-25T07:00:00Z"), quiet.nextAllowed(Instant.parse("2026-11-24T19:30:00Z"), PARIS),
                "20:30 → 08:00 the next day");
        assertEquals(Instant.parse("2026-11-28T07:00:00Z"), quiet.nextAllowed(Instant.parse("2026-11-28T07:00:00Z"), PARIS),
                "Saturday is allowed");
        assertEquals(Instant.parse("2026-11-30T07:00:00Z"), quiet.nextAllowed(Instant.parse("2026-11-29T10:00:00Z"), PARIS),
                "Sunday → Monday 08:00");
        assertEquals(Instant.parse("2026-12-26T07:00:00Z"), quiet.nextAllowed(Instant.parse("2026-12-24T19:10:00Z"), PARIS),
                "Christmas Eve evening → the 26th (Christmas is a holiday)");
        assertEquals(Instant.parse("2026-11-24T13:00:00Z"), quiet.nextAllowed(Instant.parse("2026-11-24T08:00:00-05:00"), ZoneId.of("America/New_York")),
                "08:00 in New York is allowed there");
    }
}
