package io.relance.interfaces.web.campaigns;

import io.relance.domain.contact.CallWindows;
import io.relance.domain.sequence.SequencePlan;
import io.relance.interfaces.web.session.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A sequence plan in one line: "3 jours × 3 appels (09:30-11:30, ...), 2 h d'écart, 9 max, pause 30 j". */
@Named("plans")
@ApplicationScoped
public class PlanText {

    public String describe(SequencePlan p) {
        return Messages.text("sequence.describe", p.days(), p.attemptsPerDay(), new CallWindows(p.slots()).toString().replace(",", ", "),
                p.minGap().toMinutes(), p.maxAttempts(), p.cooldownDays());
    }
}
