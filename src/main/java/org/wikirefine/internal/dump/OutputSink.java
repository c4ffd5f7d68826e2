package org.wikirefine.internal.dump;

import java.io.IOException;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where the pipeline's records and error records go. Called from the writer thread only. */
public interface OutputSink {

    /** Prepares for writing: a fresh start clears old outputs, a resume restores the committed state. */
    void begin(RunState state, boolean resume) throws IOException;

    void record(byte[] line) throws IOException;

    void error(byte[] line) throws IOException;

    /**
     * Called after every input unit: a sink may commit a part here and save {@code state} as checkpoint
     * ({@code state.nextUnit} is already advanced).
     */
    void unitDone(RunState state) throws IOException;

    /** Commits everything and writes the manifest (built from {@code manifest} plus the sink's part list). */
    void finish(RunState state, ObjectNode manifest) throws IOException;

    /** Stops after a fatal error: committed parts and the checkpoint stay for {@code --resume}. */
    void abort();
}
