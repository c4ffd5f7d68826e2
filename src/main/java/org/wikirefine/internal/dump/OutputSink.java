package org.wikirefine.internal.dump;

import java.io.IOException;
import java.util.List;

import org.wikirefine.Page;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where the pipeline's records and error records go. Called from the writer thread only. */
public interface OutputSink {

    /** Prepares for writing: a fresh start clears old outputs, a resume restores the committed state. */
    void begin(RunState state, boolean resume) throws IOException;

    void record(byte[] line) throws IOException;

    void error(byte[] line) throws IOException;

    /**
     * One record of a written page (the pipeline calls this one): by default just {@link #record(byte[])}. Sinks
     * that need the page's metadata (the Spark job's typed columns) override it.
     */
    default void record(Page page, String variant, byte[] line) throws IOException {
        record(line);
    }

    /** One error record (the pipeline calls this one): by default its JSON line to {@link #error(byte[])}. */
    default void error(ErrorRecord e) throws IOException {
        error(Json.errorLine(e));
    }

    /**
     * The record of input that could not be read (a damaged span read past, or the end of readable input), counted
     * as {@code input_errors} rather than as a page; by default written like any error record.
     */
    default void inputError(ErrorRecord e) throws IOException {
        error(e);
    }

    /** A page left out by the filters ({@code namespace}, {@code redirect}); by default only counted by the caller. */
    default void filtered(Page page, String reason) throws IOException {
    }

    /**
     * Called after every input unit: a sink may commit a part here and save {@code state} as checkpoint
     * ({@code state.nextUnit} is already advanced).
     */
    void unitDone(RunState state) throws IOException;

    /** Commits everything and writes the manifest (built from {@code manifest} plus the sink's part list). */
    void finish(RunState state, ObjectNode manifest) throws IOException;

    /**
     * The run stops because pages wedged its workers: a resumable sink records their ids with the checkpoint so
     * that {@code --resume} skips them (by default nothing, a stream cannot be resumed).
     */
    default void stoppedOnPages(RunState state, List<Long> pageIds) throws IOException {
    }

    /** Stops after a fatal error: committed parts and the checkpoint stay for {@code --resume}. */
    void abort();
}
