package io.relance.interfaces.web.qualification;

import io.relance.domain.qualification.PriorityRules.Reason;
import io.relance.interfaces.web.session.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A verdict's reason in the reader's language: the rules name a horizon or a decision maker by
 * its enum name, which is translated before it goes into the sentence.
 */
@Named
@ApplicationScoped
public class QualificationText {

    public String reason(Reason reason) {
        String key = reason.key();
        String value = reason.value();
        if (key.endsWith(".deadlineFar") || key.endsWith(".deadlineClose")) {
            value = Messages.text("enum.Horizon." + value);
        } else if (key.endsWith(".notDecisionMaker")) {
            value = Messages.text("enum.DecisionMaker." + value);
        }
        return Messages.text(key, value);
    }
}
