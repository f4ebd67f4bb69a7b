package io.relance.domain.imports;

/** Hears a file's lines one at a time; answers false to stop reading. */
@FunctionalInterface
public interface RowSink {

    boolean row(SourceRow row) throws UnreadableFileException;
}
