package io.relance.application.bilan.export;

import io.relance.application.promises.PromiseTally;

import io.relance.application.evidence.EvidenceWords;
import io.relance.application.evidence.FollowUpEvidence;
import io.relance.domain.evidence.Evidence;
import io.relance.domain.evidence.Rate;
import io.relance.domain.evidence.TimeSaved;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The bilan's evidence on follow-ups for the PDF, the workbook and the CSV, defined once (as {@link SalesFigures}):
 * a table with a line per score band and group (counts, rates and Wilson bounds as numbers to three decimals,
 * which a spreadsheet reads), the conclusions in words, and the attempts and time saved.
 */
final class EvidenceFigures {

    /** One group of one band. */
    record Row(String band, String group, Rate coverage, Rate answers) {
    }

    private EvidenceFigures() {
    }

    static String title(Labels l) {
        return l.text("evidence.title");
    }

    /** The workbook's sheet (a sheet's name may not pass 31 characters, nor hold a colon). */
    static String sheet(Labels l) {
        return l.text("evidence.sheet");
    }

    static List<Columns.Column<Row>> columns(Labels l) {
        return List.of(
                new Columns.Column<>(l.text("evidence.band"), Columns.Type.TEXT, 1.4f, Row::band),
                new Columns.Column<>(l.text("evidence.group"), Columns.Type.TEXT, 1.6f, Row::group),
                new Columns.Column<>(l.text("evidence.people"), Columns.Type.COUNT, 1.1f, r -> r.coverage().n()),
                new Columns.Column<>(l.text("evidence.coverage"), Columns.Type.COUNT, 1.1f, r -> r.coverage().successes()),
                new Columns.Column<>(l.text("evidence.rateValue"), Columns.Type.COUNT, 1, r -> fraction(r.coverage().rate())),
                new Columns.Column<>(l.text("evidence.low"), Columns.Type.COUNT, 1, r -> fraction(r.coverage().low())),
                new Columns.Column<>(l.text("evidence.high"), Columns.Type.COUNT, 1, r -> fraction(r.coverage().high())),
                new Columns.Column<>(l.text("evidence.answers"), Columns.Type.COUNT, 1.1f, r -> r.answers().successes()),
                new Columns.Column<>(l.text("evidence.rateValue"), Columns.Type.COUNT, 1, r -> fraction(r.answers().rate())),
                new Columns.Column<>(l.text("evidence.low"), Columns.Type.COUNT, 1, r -> fraction(r.answers().low())),
                new Columns.Column<>(l.text("evidence.high"), Columns.Type.COUNT, 1, r -> fraction(r.answers().high())));
    }

    /** "Indicator, value", both as text: a conclusion is a sentence, wider than a count. */
    static List<Columns.Column<SalesFigures.Figure>> figureColumns(Labels l) {
        return List.of(new Columns.Column<>(l.text("bilan.export.indicator"), Columns.Type.TEXT, 3, SalesFigures.Figure::label),
                new Columns.Column<>(l.text("bilan.export.value"), Columns.Type.TEXT, 3.4f, SalesFigures.Figure::value));
    }

    /** Everyone then each band, the called line above the send-only one. */
    static List<Row> rows(FollowUpEvidence e, Labels l) {
        List<Row> rows = new ArrayList<>();
        for (Evidence.Line line : EvidenceWords.lines(e.comparison())) {
            String band = EvidenceWords.band(line.band(), l::text);
            rows.add(new Row(band, l.text("evidence.called"), line.coverage().called(), line.answers().called()));
            rows.add(new Row(band, l.text("evidence.sendOnly"), line.coverage().sendOnly(), line.answers().sendOnly()));
        }
        return rows;
    }

    /** What each band allows one to say, then the attempts and the time saved, as "indicator, value" lines. */
    static List<SalesFigures.Figure> figures(FollowUpEvidence e, Labels l) {
        List<SalesFigures.Figure> figures = new ArrayList<>();
        for (Evidence.Line line : EvidenceWords.lines(e.comparison())) {
            String band = EvidenceWords.band(line.band(), l::text);
            figures.add(new SalesFigures.Figure(l.text("evidence.conclusion", l.text("evidence.coverage.verdict"), band),
                    EvidenceWords.verdict(line.coverage(), l::text)));
            figures.add(new SalesFigures.Figure(l.text("evidence.conclusion", l.text("evidence.answers.verdict"), band),
                    EvidenceWords.verdict(line.answers(), l::text)));
        }
        TimeSaved t = e.timeSaved();
        figures.add(count(l, "evidence.time.baseline", t.baseline()));
        figures.add(count(l, "evidence.time.made", t.made()));
        figures.add(count(l, "evidence.time.closedCycle", t.closedCycle()));
        figures.add(count(l, "evidence.time.cap", t.cap()));
        figures.add(count(l, "evidence.time.sendOnly", t.sendOnly()));
        figures.add(count(l, "evidence.time.other", t.other()));
        figures.add(new SalesFigures.Figure(l.text("evidence.time.saved"), EvidenceWords.duration(t, l::text)));
        figures.add(count(l, "evidence.time.minutes", t.minutesSaved()));
        PromiseTally p = e.promises();
        if (p != null && p.keptPercent() != null) {
            figures.add(new SalesFigures.Figure(l.text("promise.figure"),
                    l.text("promise.figure.value", p.keptPercent(), p.kept(), p.kept() + p.missed())));
        }
        return figures;
    }

    /** The rule and the baseline, under the figures. */
    static List<String> notes(FollowUpEvidence e, Labels l) {
        return List.of(l.text("evidence.rule", io.relance.domain.evidence.Comparison.MIN_GROUP), EvidenceWords.how(e.timeSaved(), l::text));
    }

    /** 0.219: three decimals, as a number. */
    private static BigDecimal fraction(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }

    private static SalesFigures.Figure count(Labels l, String key, long n) {
        return new SalesFigures.Figure(l.text(key), n);
    }
}
