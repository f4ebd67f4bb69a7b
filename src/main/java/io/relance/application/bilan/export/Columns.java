package io.relance.application.bilan.export;

import io.relance.application.bilan.Bilan;
import io.relance.application.bilan.BilanLine;
import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.coverage.CoverageRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of every bilan table, defined once so that the PDF, the workbook and the CSV show the
 * same numbers under the same headers as the bilan page. Values keep their type (a count is a
 * {@link Long}, a day a {@link java.time.LocalDate}); each renderer writes them its own way.
 */
final class Columns {

    enum Type {
        TEXT, COUNT, PERCENT, DATE
    }

    /** @param weight the column's share of a PDF table's width */
    record Column<T>(String header, Type type, float weight, Function<T, Object> value) {
    }

    /** Final or live, or stopped by the agency (when, who, why): the same words in every export. */
    static String state(Bilan b, Labels l, java.time.ZoneId zone) {
        if (b.stop() != null) {
            return l.text("halt.campaign.stoppedOn", b.stop().at() == null ? "" : l.at(b.stop().at(), zone),
                    b.stop().by(), b.stop().reason());
        }
        return l.text(b.isFinal() ? "bilan.final" : "bilan.live");
    }

    /** One breakdown of the bilan: its title, the header of its key column and how a key reads. */
    record Breakdown(String title, String keyHeader, String keyPrefix, boolean perSlot, List<BilanLine> lines) {
    }

    private Columns() {
    }

    static List<Breakdown> breakdowns(Bilan bilan, Labels l) {
        return List.of(
                new Breakdown(l.text("bilan.perCaller"), l.text("enrolment.caller"), null, false, bilan.perCaller()),
                new Breakdown(l.text("bilan.perSlot"), l.text("bilan.slot"), "bilan.slot.", true, bilan.perSlot()),
                new Breakdown(l.text("bilan.perPeriodicity"), l.text("field.outletPeriodicity"), "enum.Periodicity.", false,
                        bilan.perPeriodicity()));
    }

    /** The numbers of a bilan line; a slot has no enrolments of its own, so its table has no such column. */
    static List<Column<BilanLine>> numbers(Labels l, boolean withEnrolled) {
        List<Column<BilanLine>> columns = new ArrayList<>();
        if (withEnrolled) {
            columns.add(count(l, "bilan.enrolled", BilanLine::getEnrolled));
        }
        columns.add(count(l, "bilan.attempts", BilanLine::getAttempts));
        columns.add(count(l, "bilan.missed", BilanLine::getMissed));
        columns.add(count(l, "bilan.pickUps", BilanLine::getPickUps));
        columns.add(new Column<>(l.text("bilan.rate"), Type.PERCENT, 1, BilanLine::getPickUpRate));
        columns.add(count(l, "bilan.yes", BilanLine::getYes));
        columns.add(count(l, "bilan.no", BilanLine::getNo));
        columns.add(count(l, "bilan.later", BilanLine::getLater));
        columns.add(count(l, "bilan.decided", b -> b.getRegistered() + b.getDecisions()));
        columns.add(count(l, "bilan.nonPrioritaires", BilanLine::getNonPrioritaires));
        columns.add(count(l, "bilan.optOuts", BilanLine::getOptOuts));
        columns.add(count(l, "bilan.covered", BilanLine::getCovered));
        columns.add(count(l, "bilan.stopped", BilanLine::getStopped));
        return columns;
    }

    /** A breakdown's columns: its key, then its numbers. */
    static List<Column<BilanLine>> lines(Breakdown b, Labels l) {
        List<Column<BilanLine>> columns = new ArrayList<>();
        columns.add(new Column<>(b.keyHeader(), Type.TEXT, 2.6f, line -> l.of(b.keyPrefix(), line.getKey())));
        columns.addAll(numbers(l, !b.perSlot()));
        return columns;
    }

    /** Per contact: who, where, who called, and how it ended. Never a phone, an email or a note. */
    static List<Column<EnrolmentRow>> contacts(Labels l) {
        return List.of(
                new Column<>(l.text("contacts.name"), Type.TEXT, 3, EnrolmentRow::contact),
                new Column<>(l.text("field.outletName"), Type.TEXT, 3, EnrolmentRow::outlet),
                new Column<>(l.text("enrolment.caller"), Type.TEXT, 2.4f, EnrolmentRow::caller),
                new Column<>(l.text("enrolment.firstDay"), Type.DATE, 1.6f, EnrolmentRow::firstDay),
                new Column<>(l.text("bilan.attempts"), Type.COUNT, 1, e -> (long) e.attempts()),
                new Column<>(l.text("bilan.pickUps"), Type.COUNT, 1, e -> (long) e.pickUps()),
                new Column<>(l.text("bilan.answer"), Type.TEXT, 2, e -> l.of("enum.EnrolmentStatus.", e.status())));
    }

    /** The last line of the per-contact tables, under {@link #contacts}'s columns: the bilan's own totals. */
    static List<Object> contactTotals(Bilan bilan, Labels l) {
        return Arrays.asList(l.text("bilan.export.total"), null, null, null, bilan.total().getAttempts(),
                bilan.total().getPickUps(), null);
    }

    static List<Column<CoverageRow>> coverage(Labels l) {
        return List.of(
                new Column<>(l.text("coverage.publishedOn"), Type.DATE, 1.5f, CoverageRow::publishedOn),
                new Column<>(l.text("coverage.titleField"), Type.TEXT, 4.5f, CoverageRow::title),
                new Column<>(l.text("field.outletName"), Type.TEXT, 2.2f, CoverageRow::outlet),
                new Column<>(l.text("coverage.journalist"), Type.TEXT, 2.2f, CoverageRow::journalist),
                new Column<>(l.text("coverage.kind"), Type.TEXT, 1.4f, v -> l.of("enum.CoverageKind.", v.kind())),
                new Column<>(l.text("coverage.tone"), Type.TEXT, 1.3f, v -> l.of("enum.Tone.", v.tone())),
                new Column<>(l.text("coverage.audience"), Type.COUNT, 1.3f, CoverageRow::audience),
                new Column<>(l.text("coverage.url"), Type.TEXT, 3.2f, CoverageRow::url));
    }

    private static Column<BilanLine> count(Labels l, String key, Function<BilanLine, Long> value) {
        return new Column<>(l.text(key), Type.COUNT, 1, value::apply);
    }
}
