package io.relance.domain.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Called against "envoi seul" contacts: the coverage each group obtained and the answers each gave,
 * for everyone and per score band, each with its counts, its Wilson interval and a verdict.
 *
 * <p>Who is in which group: a <em>called</em> person was targeted "à appeler" and enrolled (a
 * sequence of calls was planned for them); a <em>send-only</em> person was targeted "envoi seul" and
 * was not opted out (the release reached them). Coverage: a piece of coverage of the campaign is linked
 * to the person. An answer: an explicit yes, no, later, registration or decision in a call, or an SMS
 * reply that is not a STOP (what reaches the agency without a call).
 *
 * @param total everyone, whatever the score
 * @param bands the score bands where anyone was counted, highest first, "sans score" last
 */
public record Evidence(Line total, List<Line> bands) implements Serializable {

    /** {@code n} people of one group with one score (null: none computed), of whom {@code covered} and {@code answered}. */
    public record Group(boolean called, Integer score, long n, long covered, long answered) {
    }

    /** A band's comparison (band null: everyone). */
    public record Line(ScoreBand band, Comparison coverage, Comparison answers) implements Serializable {
    }

    public static Evidence of(List<Group> groups) {
        Map<ScoreBand, Rate[]> byBand = new EnumMap<>(ScoreBand.class);
        Rate[] all = empty();
        for (Group g : groups) {
            Rate[] band = byBand.computeIfAbsent(ScoreBand.of(g.score()), b -> empty());
            add(band, g);
            add(all, g);
        }
        List<Line> lines = new ArrayList<>();
        for (ScoreBand b : ScoreBand.values()) { // the enum's order: highest first, unscored last
            Rate[] r = byBand.get(b);
            if (r != null) {
                lines.add(line(b, r));
            }
        }
        return new Evidence(line(null, all), List.copyOf(lines));
    }

    /** Nobody was counted in either group: the page says so rather than showing empty rates. */
    public boolean isEmpty() {
        return total.coverage().called().n() == 0 && total.coverage().sendOnly().n() == 0;
    }

    /** {called coverage, called answers, send-only coverage, send-only answers}. */
    private static Rate[] empty() {
        return new Rate[]{Rate.NONE, Rate.NONE, Rate.NONE, Rate.NONE};
    }

    private static void add(Rate[] r, Group g) {
        int at = g.called() ? 0 : 2;
        r[at] = r[at].plus(Rate.of(g.covered(), g.n()));
        r[at + 1] = r[at + 1].plus(Rate.of(g.answered(), g.n()));
    }

    private static Line line(ScoreBand band, Rate[] r) {
        return new Line(band, Comparison.of(r[0], r[2]), Comparison.of(r[1], r[3]));
    }
}
