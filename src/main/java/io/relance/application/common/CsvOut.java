package io.relance.application.common;

import io.relance.domain.imports.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The one CSV writer of every export (contacts, outlets, bilans, import reports): UTF-8 with a BOM,
 * semicolons (what French spreadsheets expect), and every text cell neutralised against formula
 * injection ({@link SpreadsheetText}); numbers are written as numbers.
 */
public final class CsvOut implements Flushable {

    private final CSVPrinter csv;

    private CsvOut(CSVPrinter csv) {
        this.csv = csv;
    }

    /** On a stream that stays the caller's: flushed by {@link #flush()}, never closed here. */
    public static CsvOut on(OutputStream out) {
        try {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            return new CsvOut(new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Iterable<?> values) {
        try {
            csv.printRecord(java.util.stream.StreamSupport.stream(values.spliterator(), false).map(CsvOut::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Object... values) {
        row(Arrays.asList(values));
    }

    public void blankLine() {
        try {
            csv.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object cell(Object value) {
        return value instanceof String text ? SpreadsheetText.neutral(text) : value;
    }
}
