package io.relance.interfaces.web.dashboard;

import io.relance.application.evidence.EvidenceWords;
import io.relance.application.evidence.FollowUpEvidence;
import io.relance.domain.evidence.Comparison;
import io.relance.domain.evidence.Evidence;
import io.relance.domain.evidence.Rate;
import io.relance.domain.evidence.ScoreBand;
import io.relance.domain.evidence.TimeSaved;
import io.relance.interfaces.web.session.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The evidence on follow-ups in the viewer's words, for the bilan's and the dashboard's shared section
 * ({@code /WEB-INF/includes/evidence.xhtml}): the same sentences as the bilan's files.
 */
@Named
@ApplicationScoped
public class EvidenceText {

    public List<Evidence.Line> lines(FollowUpEvidence e) {
        return EvidenceWords.lines(e.comparison());
    }

    public String band(ScoreBand band) {
        return EvidenceWords.band(band, Messages::text);
    }

    public String rate(Rate rate) {
        return EvidenceWords.rate(rate, Messages::text);
    }

    public String verdict(Comparison comparison) {
        return EvidenceWords.verdict(comparison, Messages::text);
    }

    public String rule() {
        return Messages.text("evidence.rule", Comparison.MIN_GROUP);
    }

    public String how(TimeSaved time) {
        return EvidenceWords.how(time, Messages::text);
    }

    public String duration(TimeSaved time) {
        return EvidenceWords.duration(time, Messages::text);
    }
}
