package io.relance.domain.sequence;

import io.relance.domain.contact.Periodicity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void aTunedRuleSurvivesItsStorageAndUnknownEntriesFallBackToDefaults() {
        StartRules tuned = StartRules.defaults().with(Periodicity.MENSUEL, StartRule.NEXT_BUSINESS_DAY);
        assertEquals(tuned, StartRules.parse(tuned.format()));
        StartRules read = StartRules.parse("MENSUEL=NEXT_BUSINESS_DAY;HEBDOMADAIRE=NOPE;FOO=BAR");
        assertEquals(StartRule.NEXT_BUSINESS_DAY, read.of(Periodicity.MENSUEL));
        assertEquals(StartRule.AVOID_CLOSING_DAY, read.of(Periodicity.HEBDOMADAIRE));
    }
}
