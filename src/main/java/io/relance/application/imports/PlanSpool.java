package io.relance.application.imports;

import io.relance.domain.imports.PlanRows;
import io.relance.domain.imports.PlannedRow;
import io.relance.domain.imports.PlannedRow.Action;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A plan written to disk as the analyzer decides it, one length-prefixed row after another, with
 * each row's offset in memory (8 bytes a line). A row replaced later (a duplicate line completed
 * it) is appended again and its offset moved, so nothing is ever rewritten in place. Memory holds
 * the offsets, the totals and the positions of rejected and duplicate lines, never the rows.
 * {@link #finish()} writes the offsets next to the rows and hands back a {@link SpooledPlan}.
 */
final class PlanSpool implements PlanRows {

    static final RowCodec<PlannedRow> CODEC = new RowCodec<>(PlannedRow.class);

    private final Path data = ImportFiles.create("plan-");
    private final DataOutputStream out;
    private RandomAccessFile reader;
    private long position;
    private long[] offsets = new long[1024];
    private int size;
    private final int[] counts = new int[Action.values().length];
    private int[] rejects = new int[256];
    private int rejectCount;
    private int[] duplicates = new int[256];
    private int duplicateCount;
    /** Lines imported with a remark (issue 18: a value left empty), for the preview's count. */
    private int warned;
    /** A replaced row changed its kind (rejected, duplicate): the two lists are rebuilt at the end. */
    private boolean reclassified;
    private int cachedIndex = -1;
    private PlannedRow cached;

    PlanSpool() {
        try {
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(data), 1 << 16));
        } catch (IOException e) {
            ImportFiles.delete(data);
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void add(PlannedRow row) {
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        offsets[size] = append(row);
        counts[row.action().ordinal()]++;
        warned += isWarned(row) ? 1 : 0;
        classify(size, row);
        size++;
    }

    @Override
    public PlannedRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index != cachedIndex) {
            try {
                out.flush();
                if (reader == null) {
                    reader = new RandomAccessFile(data.toFile(), "r");
                }
                cached = read(reader, offsets[index]);
                cachedIndex = index;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    @Override
    public void set(int index, PlannedRow row) {
        PlannedRow old = get(index);
        offsets[index] = append(row);
        counts[old.action().ordinal()]--;
        counts[row.action().ordinal()]++;
        warned += (isWarned(row) ? 1 : 0) - (isWarned(old) ? 1 : 0);
        reclassified |= isReject(old) != isReject(row) || isDuplicate(old) != isDuplicate(row);
        cachedIndex = index;
        cached = row;
    }

    @Override
    public int size() {
        return size;
    }

    private static boolean isWarned(PlannedRow row) {
        return row.action() != Action.REJECT && !row.warnings().isEmpty();
    }

    /** Writes the offsets (and the lists of rejected and duplicate lines) beside the rows; the spool is done. */
    SpooledPlan finish() {
        Path index = ImportFiles.create("plan-index-");
        Path rejected = ImportFiles.create("plan-rejects-");
        Path duplicate = ImportFiles.create("plan-duplicates-");
        try {
            out.close();
            closeReader();
            try (DataOutputStream o = stream(index)) {
                for (int i = 0; i < size; i++) {
                    o.writeLong(offsets[i]);
                }
            }
            SpooledPlan plan = new SpooledPlan(data.toString(), index.toString(), rejected.toString(), duplicate.toString(),
                    size, counts.clone(), 0, warned);
            if (reclassified) {
                rejectCount = 0;
                duplicateCount = 0;
                int[] at = {0};
                plan.forEach(row -> classify(at[0]++, row));
            }
            writeInts(rejected, rejects, rejectCount);
            writeInts(duplicate, duplicates, duplicateCount);
            return new SpooledPlan(data.toString(), index.toString(), rejected.toString(), duplicate.toString(),
                    size, counts.clone(), duplicateCount, warned);
        } catch (IOException | RuntimeException e) {
            ImportFiles.delete(data, index, rejected, duplicate);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Closes and deletes what was written (the analysis failed). */
    void abandon() {
        try {
            out.close();
            closeReader();
        } catch (IOException ignored) {
            // deleted below all the same
        }
        ImportFiles.delete(data);
    }

    private long append(PlannedRow row) {
        byte[] bytes = CODEC.encode(row);
        long at = position;
        try {
            out.writeInt(bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        position += 4 + bytes.length;
        return at;
    }

    static PlannedRow read(RandomAccessFile file, long offset) throws IOException {
        file.seek(offset);
        byte[] bytes = new byte[file.readInt()];
        file.readFully(bytes);
        return CODEC.decode(bytes);
    }

    private void classify(int index, PlannedRow row) {
        if (isReject(row)) {
            rejects = put(rejects, rejectCount++, index);
        }
        if (isDuplicate(row)) {
            duplicates = put(duplicates, duplicateCount++, index);
        }
    }

    static boolean isReject(PlannedRow row) {
        return row.action() == Action.REJECT;
    }

    static boolean isDuplicate(PlannedRow row) {
        return row.existingId() != null || row.duplicateOfLine() != null;
    }

    private static int[] put(int[] list, int at, int value) {
        int[] grown = at == list.length ? Arrays.copyOf(list, at * 2) : list;
        grown[at] = value;
        return grown;
    }

    private static void writeInts(Path file, int[] values, int count) throws IOException {
        try (DataOutputStream o = stream(file)) {
            for (int i = 0; i < count; i++) {
                o.writeInt(values[i]);
            }
        }
    }

    private static DataOutputStream stream(Path file) throws IOException {
        OutputStream raw = Files.newOutputStream(file);
        return new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
    }

    private void closeReader() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
