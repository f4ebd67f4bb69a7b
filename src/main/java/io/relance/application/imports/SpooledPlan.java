package io.relance.application.imports;

import io.relance.domain.imports.PlannedRow;
import io.relance.domain.imports.PlannedRow.Action;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A plan on disk (see {@link PlanSpool}): the page's session keeps this handle (paths and totals),
 * the preview reads one page of it at a time, the import reads it through once.
 *
 * @param rows       the rows, each an int length then its bytes
 * @param index      each row's offset, 8 bytes a row, in the file's order
 * @param rejects    the positions of rejected rows, 4 bytes each
 * @param duplicates the positions of rows that duplicate a known row or an earlier line
 * @param warned     how many lines will be imported with a remark (a value left empty)
 */
public record SpooledPlan(String rows, String index, String rejects, String duplicates, int size, int[] counts,
                          int duplicateCount, int warned) implements Serializable {

    /** The lines the preview shows: all, the rejected ones, or the duplicates. */
    public enum Show {
        ALL, REJECT, DUPLICATE
    }

    public Map<Action, Integer> countsByAction() {
        Map<Action, Integer> byAction = new EnumMap<>(Action.class);
        for (Action a : Action.values()) {
            byAction.put(a, counts[a.ordinal()]);
        }
        return byAction;
    }

    public int count(Action action) {
        return counts[action.ordinal()];
    }

    public boolean hasRejects() {
        return count(Action.REJECT) > 0;
    }

    public int count(Show show) {
        return switch (show) {
            case ALL -> size;
            case REJECT -> count(Action.REJECT);
            case DUPLICATE -> duplicateCount;
        };
    }

    /** One page of the lines shown, read from disk. */
    public List<PlannedRow> page(Show show, int first, int pageSize) {
        int total = count(show);
        int from = Math.max(0, first);
        int to = (int) Math.min(total, (long) from + Math.max(0, pageSize));
        List<PlannedRow> page = new ArrayList<>(Math.max(0, to - from));
        if (from >= to) {
            return page;
        }
        try (RandomAccessFile offsets = new RandomAccessFile(index, "r"); RandomAccessFile data = new RandomAccessFile(rows, "r");
             RandomAccessFile positions = show == Show.ALL ? null : new RandomAccessFile(show == Show.REJECT ? rejects : duplicates, "r")) {
            for (int i = from; i < to; i++) {
                long at;
                if (positions == null) {
                    at = i;
                } else {
                    positions.seek(4L * i);
                    at = positions.readInt();
                }
                offsets.seek(8L * at);
                page.add(PlanSpool.read(data, offsets.readLong()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page;
    }

    /** Every row in order, read through once (a 64 KB buffer; a row replaced during the analysis is sought). */
    public void forEach(Consumer<PlannedRow> action) {
        try (DataInputStream offsets = new DataInputStream(new BufferedInputStream(Files.newInputStream(Path.of(index)), 1 << 16));
             FileChannel channel = FileChannel.open(Path.of(rows), StandardOpenOption.READ)) {
            DataInputStream in = null;
            long at = -1;
            for (int i = 0; i < size; i++) {
                long offset = offsets.readLong();
                if (offset != at) {
                    channel.position(offset);
                    in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
                    at = offset;
                }
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                at += 4 + bytes.length;
                action.accept(PlanSpool.CODEC.decode(bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files, gone (the import is done or the wizard let go of the plan). */
    /** Whether the plan's files are still on this node's disk (see {@link ImportFiles#present}). */
    public boolean present() {
        return ImportFiles.present(Path.of(rows), Path.of(index), Path.of(rejects), Path.of(duplicates));
    }

    public void delete() {
        ImportFiles.delete(Path.of(rows), Path.of(index), Path.of(rejects), Path.of(duplicates));
    }
}
