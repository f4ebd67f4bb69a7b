package io.relance.interfaces.web.campaigns;

import io.relance.domain.targeting.Reason;
import io.relance.interfaces.web.session.Messages;

import java.util.ArrayList;
import java.util.List;

/** A score's reasons as the reader reads them, in their language, each with its points ("+18 Thématiques : Santé"). */
final class ReasonTexts {

    private ReasonTexts() {
    }

    static List<String> of(List<Reason> reasons) {
        List<String> texts = new ArrayList<>(reasons.size());
        for (Reason reason : reasons) {
            String sign = reason.points() > 0 ? "+" + reason.points() : reason.points() == 0 ? "±0" : String.valueOf(reason.points());
            texts.add(sign + " " + Messages.text(reason.key(), reason.params().toArray()));
        }
        return texts;
    }

    static String joined(List<Reason> reasons) {
        return String.join(" · ", of(reasons));
    }
}
