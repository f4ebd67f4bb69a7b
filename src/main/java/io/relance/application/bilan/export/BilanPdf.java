package io.relance.application.bilan.export;

import io.relance.application.bilan.Bilan;
import io.relance.application.bilan.BilanLine;
import io.relance.application.bilan.SalesBilan;
import io.relance.application.bilan.export.Columns.Breakdown;
import io.relance.application.bilan.export.Columns.Column;
import io.relance.application.bilan.export.PdfCanvas.Bar;
import io.relance.application.bilan.export.PdfCanvas.Head;
import io.relance.application.coverage.CoverageRow;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The bilan as a PDF the agency can hand to its client: who and what, the funnel from the targeted
 * contacts to the coverage, the pick-up rates, every breakdown, each contact and each piece of
 * coverage; for a commercial offer, what qualifying its prospects produced. It shows names and outlets only: a contact's phone, email and notes are not in the
 * report it is given, and so never in the file.
 */
public final class BilanPdf {

    private BilanPdf() {
    }

    public static void write(BilanReport report, OutputStream out) throws IOException {
        Labels l = new Labels(report.locale());
        Bilan b = report.bilan();
        try (PdfCanvas pdf = new PdfCanvas()) {
            title(pdf, report, l);
            funnel(pdf, report, l);
            sales(pdf, b.sales(), l);
            evidence(pdf, b.evidence(), l);
            rates(pdf, l.text("bilan.export.rateChart"), b.perSlot(), "bilan.slot.", l);
            rates(pdf, l.text("bilan.export.rateChartCaller"), b.perCaller(), null, l);
            for (Breakdown breakdown : Columns.breakdowns(b, l)) {
                pdf.heading(breakdown.title(), 12);
                table(pdf, Columns.lines(breakdown, l), breakdown.lines(), null, l);
            }
            coverage(pdf, report.coverage(), l);
            pdf.heading(l.text("bilan.perContact"), 12); // last: it may run over many pages
            table(pdf, Columns.contacts(l), report.contacts(), Columns.contactTotals(b, l), l);
            String footer = String.join(" · ", Stream.of(report.agency(), b.subject(), l.text("bilan.export.private"))
                    .filter(s -> s != null && !s.isBlank()).toList());
            pdf.save(out, footer, (page, pages) -> l.text("bilan.export.page", page, pages));
        }
    }

    private static void title(PdfCanvas pdf, BilanReport r, Labels l) throws IOException {
        Bilan b = r.bilan();
        pdf.paragraph(r.agency(), 11, true, PdfCanvas.ACCENT);
        pdf.space(4);
        pdf.paragraph(l.text("bilan.title") + " — " + b.subject(), 18, true, PdfCanvas.INK);
        pdf.space(2);
        List<String> facts = new ArrayList<>();
        facts.add(l.field("campaign.client", b.client()));
        if (r.kind() != null) {
            facts.add(l.of("enum.CampaignKind.", r.kind()));
        }
        if (r.sendDate() != null) {
            facts.add(l.field("campaign.sendDate", l.day(r.sendDate())));
        }
        if (r.eventDate() != null) {
            facts.add(l.field("campaign.eventDate", l.day(r.eventDate())));
        }
        pdf.paragraph(String.join("  ·  ", facts), 9.5f, false, PdfCanvas.INK);
        pdf.paragraph(Columns.state(b, l, r.zone()) + "  ·  " + l.text("bilan.export.generated") + " "
                + l.at(b.at(), r.zone()), 9.5f, true, PdfCanvas.MUTED);
        pdf.space(6);
    }

    /** From the targeted contacts to the coverage: each step's count as a bar, against the largest. */
    private static void funnel(PdfCanvas pdf, BilanReport r, Labels l) throws IOException {
        BilanLine t = r.bilan().total();
        List<Bar> bars = List.of(
                bar(l.text("bilan.enrolled"), t.getEnrolled()),
                bar(l.text("bilan.attempts"), t.getAttempts()),
                bar(l.text("bilan.pickUps") + " (" + l.percent(t.getPickUpRate()) + ")", t.getPickUps()),
                bar(l.text("bilan.yes"), t.getYes()),
                bar(l.text("bilan.no"), t.getNo()),
                bar(l.text("bilan.later"), t.getLater()),
                bar(l.text("bilan.decided"), t.getRegistered() + t.getDecisions()),
                bar(l.text("bilan.outletsReached") + " (" + t.getOutletsReached() + " / " + t.getOutlets() + ")", t.getOutletsReached()),
                bar(l.text("bilan.export.coverage"), r.coverage().size()));
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        pdf.heading(l.text("bilan.export.funnel"), 12);
        pdf.bars(bars, max, true);
    }

    /** A commercial offer's prospects, sales documents, meetings and outcomes, and how the time saved is counted. */
    private static void sales(PdfCanvas pdf, SalesBilan sales, Labels l) throws IOException {
        if (sales == null) {
            return;
        }
        pdf.heading(SalesFigures.title(l), 12);
        table(pdf, SalesFigures.columns(l), SalesFigures.of(sales, l), null, l);
        pdf.paragraph(SalesFigures.how(sales, l), 8.5f, false, PdfCanvas.MUTED);
        pdf.space(4);
    }

    /** Called against "envoi seul" by score band, what it allows one to say, the attempts and time saved, and how they are counted. */
    private static void evidence(PdfCanvas pdf, io.relance.application.evidence.FollowUpEvidence e, Labels l) throws IOException {
        if (e == null) {
            return;
        }
        pdf.heading(EvidenceFigures.title(l), 12);
        table(pdf, EvidenceFigures.columns(l), EvidenceFigures.rows(e, l), null, l);
        table(pdf, EvidenceFigures.figureColumns(l), EvidenceFigures.figures(e, l), null, l);
        for (String note : EvidenceFigures.notes(e, l)) {
            pdf.paragraph(note, 8.5f, false, PdfCanvas.MUTED);
        }
        pdf.space(4);
    }

    private static Bar bar(String label, long n) {
        return new Bar(label, n, Long.toString(n));
    }

    /** Pick-ups per call made, one bar per slot or caller, on a 0–100 % scale. */
    private static void rates(PdfCanvas pdf, String title, List<BilanLine> lines, String keyPrefix, Labels l) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        pdf.heading(title, 12);
        pdf.bars(lines.stream().map(line -> new Bar(l.of(keyPrefix, line.getKey()), line.getPickUpRate(),
                l.percent(line.getPickUpRate()) + " (" + line.getPickUps() + "/" + line.getAttempts() + ")")).toList(), 100, false);
    }

    private static <T> void table(PdfCanvas pdf, List<Column<T>> columns, Iterable<T> rows, List<Object> totals, Labels l)
            throws IOException {
        List<Head> heads = columns.stream().map(c -> new Head(c.header(), c.weight(), c.type() != Columns.Type.TEXT
                && c.type() != Columns.Type.DATE)).toList();
        Iterable<List<String>> cells = () -> new Iterator<>() {
            private final Iterator<T> it = rows.iterator();
            private boolean totalsDone = totals == null;

            @Override
            public boolean hasNext() {
                return it.hasNext() || !totalsDone;
            }

            @Override
            public List<String> next() {
                if (it.hasNext()) {
                    T row = it.next();
                    return columns.stream().map(c -> cell(c.type(), c.value().apply(row), l)).toList();
                }
                totalsDone = true;
                List<String> line = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    line.add(cell(columns.get(i).type(), totals.get(i), l));
                }
                return line;
            }
        };
        pdf.table(heads, cells, totals != null);
    }

    private static String cell(Columns.Type type, Object value, Labels l) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case PERCENT -> l.percent(((Number) value).longValue());
            case DATE -> l.day((LocalDate) value);
            default -> value.toString();
        };
    }

    /** Each piece as a title, then where and how it appeared: easier to read than a wide table. */
    private static void coverage(PdfCanvas pdf, List<CoverageRow> pieces, Labels l) throws IOException {
        pdf.heading(l.text("bilan.export.coverage") + " (" + pieces.size() + ")", 12);
        if (pieces.isEmpty()) {
            pdf.paragraph(l.text("coverage.empty"), 9.5f, false, PdfCanvas.MUTED);
        }
        for (CoverageRow piece : pieces) {
            pdf.need(34);
            pdf.paragraph(l.day(piece.publishedOn()) + " — " + piece.title(), 10, true, PdfCanvas.INK);
            String audience = piece.audience() == null ? null : l.field("coverage.audience", piece.audience());
            String meta = String.join("  ·  ", Stream.of(piece.outlet(), piece.journalist(), l.of("enum.CoverageKind.", piece.kind()),
                    l.of("enum.Tone.", piece.tone()), audience, piece.url()).filter(Objects::nonNull).filter(s -> !s.isBlank()).toList());
            pdf.paragraph(meta, 8.5f, false, PdfCanvas.MUTED);
            pdf.space(5);
        }
    }
}
