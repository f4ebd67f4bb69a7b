package io.relance.domain.contact;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words a choice accepts, as people write them in their files. */
class ChoiceTest {

    @Test
    void aConstantIsFoundByItsNameOrAnyOfItsAliasesWhateverTheCaseAccentsAndPunctuation() {
        assertEquals(Optional.of(OutletType.PRESSE_ECRITE), Choice.parse(OutletType.class, "Presse-Écrite"));
        assertEquals(Optional.of(OutletType.PRESSE_ECRITE), Choice.parse(OutletType.class, "presse_ecrite"));
        assertEquals(Optional.of(Scale.REGIONAL), Choice.parse(Scale.class, "PQR"));
        assertEquals(Optional.of(Civility.MME), Choice.parse(Civility.class, " Mademoiselle "));
        assertEquals(Optional.of(Periodicity.CONTINU), Choice.parse(Periodicity.class, "Continu / Web"));
        assertEquals(Optional.of(Tier.A), Choice.parse(Tier.class, "1"));
        assertEquals(Optional.of(LegalBasis.LEGITIMATE_INTEREST), Choice.parse(LegalBasis.class, "Intérêt légitime"));
    }

    @Test
    void aWordNoConstantAcceptsIsNoChoice() {
        assertEquals(Optional.empty(), Choice.parse(Tier.class, "4"));
        assertEquals(Optional.empty(), Choice.parse(Scale.class, "  "));
        assertEquals(Optional.empty(), Choice.parse(Scale.class, null));
    }
}
