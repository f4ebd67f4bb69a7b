package io.relance.application.bilan.export;

import io.relance.application.bilan.SalesBilan;

import java.util.List;

/**
 * The sales part of a commercial offer's bilan as labelled figures, defined once for the PDF, the
 * workbook and the CSV (as {@link Columns} does for the tables). A count stays a {@link Long}; the
 * time saved is given both as "12 h 30 min" and as a number of minutes, which a spreadsheet sums.
 */
final class SalesFigures {

    /** One line: what and how much. */
    record Figure(String label, Object value) {
    }

    private SalesFigures() {
    }

    /** Two columns, as the workbook's summary: the indicator, then its figure (right-aligned in the PDF). */
    static List<Columns.Column<Figure>> columns(Labels l) {
        return List.of(new Columns.Column<>(l.text("bilan.export.indicator"), Columns.Type.TEXT, 4, Figure::label),
                new Columns.Column<>(l.text("bilan.export.value"), Columns.Type.COUNT, 1.6f, Figure::value));
    }

    static String title(Labels l) {
        return l.text("sales.bilan.title");
    }

    /** The workbook's sheet: a short name (a sheet's may not pass 31 characters). */
    static String sheet(Labels l) {
        return l.text("sales.bilan.sheet");
    }

    static List<Figure> of(SalesBilan s, Labels l) {
        return List.of(
                count(l, "sales.bilan.qualified", s.qualified()),
                count(l, "sales.bilan.high", s.high()),
                count(l, "sales.bilan.medium", s.medium()),
                count(l, "sales.bilan.low", s.low()),
                count(l, "sales.bilan.overridden", s.overridden()),
                count(l, "sales.bilan.quotes", s.quotesSent()),
                count(l, "sales.bilan.proposals", s.proposalsSent()),
                count(l, "sales.bilan.meetingsBooked", s.meetingsBooked()),
                count(l, "sales.bilan.meetingsHeld", s.meetingsHeld()),
                count(l, "sales.bilan.meetingsCancelled", s.meetingsCancelled()),
                count(l, "sales.bilan.meetingsAvoided", s.meetingsAvoided()),
                count(l, "sales.bilan.meetingMinutes", s.meetingMinutes()),
                new Figure(l.text("sales.bilan.timeSaved"), duration(s, l)),
                count(l, "sales.bilan.minutesSaved", s.minutesSaved()),
                count(l, "sales.bilan.won", s.won()),
                count(l, "sales.bilan.lost", s.lost()),
                count(l, "sales.bilan.noAnswer", s.noAnswer()),
                count(l, "sales.bilan.notRecorded", s.notRecorded()));
    }

    /** "12 h 30 min". */
    static String duration(SalesBilan s, Labels l) {
        return l.text("sales.bilan.duration", String.valueOf(s.savedHours()), String.format("%02d", s.savedMinutesPastHours()));
    }

    /** How the time saved is counted, with the agency's figure: a reader should not have to guess. */
    static String how(SalesBilan s, Labels l) {
        return l.text("sales.bilan.how", String.valueOf(s.meetingMinutes()));
    }

    private static Figure count(Labels l, String key, long n) {
        return new Figure(l.text(key), n);
    }
}
