package io.relance.domain.coverage;

import io.relance.domain.contact.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static List<String> keys(CoverageInput input) {
        return input.problems(TODAY).stream().map(Problem::key).toList();
    }

    @Test
    void aCompletePieceHasNoProblem() {
        assertTrue(keys(new CoverageInput(null, null, TODAY, "Titre", "https://media.example/a", CoverageKind.ARTICLE, 0L, null)).isEmpty());
    }

    @Test
    void eachMissingOrWrongFieldIsNamed() {
        assertEquals(List.of("coverage.title.required", "coverage.date.required", "coverage.kind.required"),
                keys(new CoverageInput(null, null, null, "  ", null, null, null, null)));
        assertEquals(List.of("coverage.date.future", "coverage.url.invalid", "coverage.audience.negative"),
                keys(new CoverageInput(null, null, TODAY.plusDays(1), "Titre", "media.example/a", CoverageKind.MENTION, -1L, Tone.POSITIVE)));
        assertEquals(List.of("coverage.url.invalid"),
                keys(new CoverageInput(null, null, TODAY, "Titre", "javascript:alert(1)", CoverageKind.MENTION, null, null)),
                "only web addresses: a link shown to a client must not run anything");
        assertEquals(List.of("coverage.title.long"),
                keys(new CoverageInput(null, null, TODAY, "x".repeat(301), null, CoverageKind.ARTICLE, null, null)));
    }

    @Test
    void cleaningTrimsAndDefaultsTheTone() {
        CoverageInput clean = new CoverageInput(null, null, TODAY, "  Titre  ", "  ", CoverageKind.ARTICLE, null, null).cleaned();
        assertEquals("Titre", clean.title());
        assertNull(clean.url());
        assertEquals(Tone.NEUTRAL, clean.tone());
    }
}
