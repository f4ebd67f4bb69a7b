package io.relance.application.evidence;

import io.relance.domain.evidence.Comparison;
import io.relance.domain.evidence.Evidence;
import io.relance.domain.evidence.Rate;
import io.relance.domain.evidence.ScoreBand;
import io.relance.domain.evidence.TimeSaved;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence in words, written once for the pages and the bilan's files: each takes its own way to
 * the message bundle ({@code Messages::text} on a page, the file's labels in an export).
 */
public final class EvidenceWords {

    /** A message of the bundle, in the reader's language. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... args);
    }

    private EvidenceWords() {
    }

    /** Everyone first, then each band with anyone in it. */
    public static List<Evidence.Line> lines(Evidence e) {
        List<Evidence.Line> lines = new ArrayList<>();
        lines.add(e.total());
        lines.addAll(e.bands());
        return lines;
    }

    /** "Tous", "70–100", … "Sans score". */
    public static String band(ScoreBand band, Texts t) {
        return t.text("evidence.band." + (band == null ? "ALL" : band.name()));
    }

    /** "8/20 · 40 % [22–61 %]"; a dash for a group nobody is in. */
    public static String rate(Rate r, Texts t) {
        if (r.n() == 0) {
            return "—";
        }
        return t.text("evidence.rate", r.successes(), r.n(), r.percent(), r.lowPercent(), r.highPercent());
    }

    /** The plain sentence: not enough data to conclude (and why), or which group does better. */
    public static String verdict(Comparison c, Texts t) {
        return t.text("evidence.verdict." + c.verdict().name(), Comparison.MIN_GROUP, c.called().percent(), c.sendOnly().percent());
    }

    /** How the time saved is counted, with the figure used for an attempt: a reader should not have to guess. */
    public static String how(TimeSaved time, Texts t) {
        return t.text("evidence.time.how", time.minutesPerAttempt());
    }

    /** "12 h 05 min". */
    public static String duration(TimeSaved time, Texts t) {
        return t.text("evidence.time.duration", String.valueOf(time.savedHours()), String.format("%02d", time.savedMinutesPastHours()));
    }
}
