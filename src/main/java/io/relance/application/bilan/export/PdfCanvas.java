package io.relance.application.bilan.export;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * An A4 document (landscape for the bilan's tables, portrait for a letter such as a quote) written
 * top to bottom: headings, wrapped text, bars and tables that continue on the next page with their
 * header. Every string goes through {@link #clean} first, so that no character (an emoji, a Chinese
 * name, a control character) can make PDFBox throw. Public for the sales documents, which share its
 * embedded font and its wrapping rather than copy them.
 */
public final class PdfCanvas implements AutoCloseable {

    /** Liberation Sans, bundled in PDFBox's own jar: Latin, Greek and Cyrillic, embedded as a subset. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 36;
    public static final Color INK = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED = new Color(0x66, 0x66, 0x66);
    public static final Color ACCENT = new Color(0x1f, 0x5f, 0x8b);
    private static final Color HEADER = new Color(0xe4, 0xeb, 0xf2);
    private static final Color STRIPE = new Color(0xf5, 0xf7, 0xfa);
    private static final float FOOTER = 16;

    /** A table column: its header, its share of the width, numbers aligned right. */
    record Head(String text, float weight, boolean right) {
    }

    /** A bar: its label, its length against the chart's maximum, and the figure written after it. */
    record Bar(String label, double value, String figure) {
    }

    private final PDDocument doc = new PDDocument();
    private final PDRectangle pageSize;
    private final PDFont font;
    private TrueTypeFont ttf; // ours to close, after the document is saved
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream cs;
    private float y;

    PdfCanvas() throws IOException {
        this(false);
    }

    public PdfCanvas(boolean portrait) throws IOException {
        pageSize = portrait ? PDRectangle.A4 : LANDSCAPE;
        font = loadFont();
        newPage();
    }

    private PDFont loadFont() throws IOException {
        try (InputStream in = PdfCanvas.class.getResourceAsStream(FONT)) {
            if (in != null) {
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                // Glyph substitution (ligatures) made every showText ~100 µs: 10,000 contacts took seconds.
                // Latin, Greek and Cyrillic print right without it.
                ttf.setEnableGsub(false);
                return PDType0Font.load(doc, ttf, true);
            }
        }
        // Should a PDFBox release drop the font: Helvetica, and clean() keeps what WinAnsi can encode.
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    float width() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    /**
     * The text as the font can print it, on one line: spaces of any kind become a space, marks and
     * invisible characters the font lacks are dropped, any other missing character becomes "?".
     */
    String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || type == Character.SPACE_SEPARATOR) {
                b.append(' ');
            } else if (printable.computeIfAbsent(cp, this::canEncode)) {
                b.appendCodePoint(cp);
            } else if (type != Character.FORMAT && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                b.append('?');
            }
        });
        return b.toString().replaceAll(" {2,}", " ");
    }

    private boolean canEncode(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    float measure(String cleaned, float size) throws IOException {
        return font.getStringWidth(cleaned) / 1000 * size;
    }

    /** Writes text already {@link #clean cleaned}; bold is the same glyphs filled and stroked. */
    void text(float x, float baseline, String cleaned, float size, boolean bold, Color color) throws IOException {
        if (cleaned.isEmpty()) {
            return;
        }
        cs.setLineWidth(size * 0.045f);
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.setStrokingColor(color);
        cs.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        cs.newLineAtOffset(x, baseline);
        cs.showText(cleaned);
        cs.endText();
    }

    /** The text cut into lines no wider than {@code max}; a word longer than a line is cut too. */
    List<String> wrap(String text, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : clean(text).strip().split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (measure(longer, size) <= max) {
                line = longer;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            while (word.length() > 1 && measure(word, size) > max) {
                int n = fit(word, size, max);
                lines.add(word.substring(0, n));
                word = word.substring(n);
            }
            line = word;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** How many characters of the word fit (at least one, never half a surrogate pair). */
    private int fit(String word, float size, float max) throws IOException {
        int n = word.offsetByCodePoints(0, 1);
        while (n < word.length()) {
            int next = word.offsetByCodePoints(n, 1);
            if (measure(word.substring(0, next), size) > max) {
                break;
            }
            n = next;
        }
        return n;
    }

    /** A paragraph across the width. */
    public void paragraph(String text, float size, boolean bold, Color color) throws IOException {
        for (String line : wrap(text, size, width())) {
            need(size * 1.35f);
            text(MARGIN, y - size, line, size, bold, color);
            y -= size * 1.35f;
        }
    }

    public void heading(String text, float size) throws IOException {
        need(size * 2 + 30); // never alone at the bottom of a page
        space(size * 0.6f);
        paragraph(text, size, true, ACCENT);
        space(size * 0.3f);
    }

    public void space(float points) {
        y -= points;
    }

    /** Horizontal bars; centred ones narrow like a funnel, the others start at the left of a grey track. */
    void bars(List<Bar> bars, double max, boolean centred) throws IOException {
        float label = 200;
        float figure = 90;
        float area = width() - label - figure;
        float h = 12;
        for (Bar bar : bars) {
            need(h + 4);
            String name = wrap(bar.label(), 8.5f, label - 8).get(0);
            text(MARGIN, y - h + 3, name, 8.5f, false, INK);
            float w = max <= 0 ? 0 : (float) (area * Math.min(bar.value(), max) / max);
            if (bar.value() > 0 && w < 1) {
                w = 1;
            }
            float x = MARGIN + label + (centred ? (area - w) / 2 : 0);
            if (!centred) {
                fill(MARGIN + label, y - h, area, h, STRIPE);
            }
            fill(x, y - h, w, h, ACCENT);
            text(MARGIN + label + area + 6, y - h + 3, clean(bar.figure()), 8.5f, true, INK);
            y -= h + 4;
        }
        space(6);
    }

    /** A table; rows are read as they come and a page break repeats the header. A total row is in bold. */
    void table(List<Head> heads, Iterable<List<String>> rows, boolean lastIsTotal) throws IOException {
        float size = 7.5f;
        float leading = 9.5f;
        float pad = 3;
        float total = 0;
        for (Head head : heads) {
            total += head.weight();
        }
        float[] widths = new float[heads.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width() * heads.get(i).weight() / total;
        }
        List<String> titles = heads.stream().map(Head::text).toList();
        header(heads, titles, widths, size, leading, pad);
        int n = 0;
        for (Iterator<List<String>> it = rows.iterator(); it.hasNext(); ) {
            List<String> row = it.next();
            boolean bold = lastIsTotal && !it.hasNext();
            List<List<String>> cells = new ArrayList<>(row.size());
            int lines = 1;
            for (int i = 0; i < widths.length; i++) {
                List<String> cell = wrap(i < row.size() ? row.get(i) : "", size, widths[i] - 2 * pad);
                cells.add(cell);
                lines = Math.max(lines, cell.size());
            }
            float h = lines * leading + 2 * pad;
            if (y - h < MARGIN + FOOTER) {
                newPage();
                header(heads, titles, widths, size, leading, pad);
            }
            if (n++ % 2 == 1) {
                fill(MARGIN, y - h, width(), h, STRIPE);
            }
            drawRow(heads, cells, widths, size, leading, pad, bold);
            y -= h;
        }
        space(10);
    }

    private void header(List<Head> heads, List<String> titles, float[] widths, float size, float leading, float pad) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> cell = wrap(titles.get(i), size, widths[i] - 2 * pad);
            cells.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float h = lines * leading + 2 * pad;
        need(h + leading + 2 * pad); // a header is never the last line of a page
        fill(MARGIN, y - h, width(), h, HEADER);
        drawRow(heads, cells, widths, size, leading, pad, true);
        y -= h;
    }

    private void drawRow(List<Head> heads, List<List<String>> cells, float[] widths, float size, float leading, float pad,
                         boolean bold) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            List<String> cell = cells.get(i);
            for (int j = 0; j < cell.size(); j++) {
                String line = cell.get(j);
                float left = heads.get(i).right() ? x + widths[i] - pad - measure(line, size) : x + pad;
                text(left, y - pad - size - j * leading + 1, line, size, bold, INK);
            }
            x += widths[i];
        }
    }

    private void fill(float x, float bottom, float w, float h, Color color) throws IOException {
        cs.setNonStrokingColor(color);
        cs.addRect(x, bottom, w, h);
        cs.fill();
    }

    /** A new page unless {@code height} still fits above the footer. */
    void need(float height) throws IOException {
        if (y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(pageSize);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = pageSize.getHeight() - MARGIN;
    }

    /** Writes the document with a footer on every page: the same words on the left, "page i of n" on the right. */
    public void save(OutputStream out, String footer, BiFunction<Integer, Integer, String> pageOf) throws IOException {
        cs.close();
        cs = null;
        int pages = doc.getNumberOfPages();
        String left = clean(footer);
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream page = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                cs = page;
                String right = clean(pageOf.apply(i + 1, pages));
                text(MARGIN, MARGIN - 4, wrap(left, 7, width() - 120).get(0), 7, false, MUTED);
                text(MARGIN + width() - measure(right, 7), MARGIN - 4, right, 7, false, MUTED);
            }
        }
        cs = null;
        doc.save(out);
    }

    @Override
    public void close() throws IOException {
        try (doc; TrueTypeFont owned = ttf) {
            if (cs != null) {
                cs.close();
            }
        }
    }
}
