package io.relance.domain.sequence;

import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.Periodicity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartRulesTest {

    @Test
    void defaultsFollowThePeriodicity() {
        StartRules rules = StartRules.defaults();
        assertEquals(StartRule.NEXT_BUSINESS_DAY, rules.of(Periodicity.QUOTIDIEN));
        assertEquals(StartRule.NEXT_BUSINESS_DAY, rules.of(Periodicity.CONTINU));
        assertEquals(StartRule.AVOID_CLOSING_DAY, rules.of(Periodicity.HEBDOMADAIRE));
        assertEquals(StartRule.END_BEFORE_CLOSING, rules.of(Periodicity.MENSUEL));
        assertEquals(StartRule.NEXT_BUSINESS_DAY, rules.of(null));
    }

    @Test
    void halfYearliesAndYearliesCloseOnADayOfTheMonthLikeMonthlies() {
        StartRules rules = StartRules.defaults();
        assertEquals(StartRule.END_BEFORE_CLOSING, rules.of(Periodicity.SEMESTRIEL));
        assertEquals(StartRule.END_BEFORE_CLOSING, rules.of(Periodicity.ANNUEL));
        assertEquals(StartRule.NEXT_BUSINESS_DAY, rules.of(Periodicity.IRREGULIER));
        assertEquals("15", String.valueOf(ClosingDay.parse("15", Periodicity.ANNUEL).day().dayOfMonth()));
        assertEquals("outlet.closing.mismatch", ClosingDay.parse("jeudi", Periodicity.SEMESTRIEL).problem());
        assertTrue(StartRules.parse(null).format().length() <= 400, "fits agency_policy.start_rules");
    }

    @Test
    void aTunedRuleSurvivesItsStorageAndUnknownEntriesFallBackToDefaults() {
        StartRules tuned = StartRules.defaults().with(Periodicity.MENSUEL, StartRule.NEXT_BUSINESS_DAY);
        assertEquals(tuned, StartRules.parse(tuned.format()));
        StartRules read = StartRules.parse("MENSUEL=NEXT_BUSINESS_DAY;HEBDOMADAIRE=NOPE;FOO=BAR");
        assertEquals(StartRule.NEXT_BUSINESS_DAY, read.of(Periodicity.MENSUEL));
        assertEquals(StartRule.AVOID_CLOSING_DAY, read.of(Periodicity.HEBDOMADAIRE));
    }
}
