package org.wikirefine.spark;

import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;

import org.apache.spark.sql.Row;
import org.wikirefine.Page;
import org.wikirefine.internal.dump.ErrorRecord;
import org.wikirefine.internal.dump.OutputSink;
import org.wikirefine.internal.dump.RunState;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hands the pipeline's outcomes to the Spark task as rows, through a bounded queue (so a split's output is
 * streamed, never held whole). Nothing is written here: the task's rows go to Spark's writer, whose commit protocol
 * decides which attempt's files become output.
 */
final class RowSink implements OutputSink {

    private final int split;
    private final BlockingQueue<Object> queue;
    private long seq;
    volatile boolean finished;
    /** Input-error rows (damaged spans, end of readable input) by reason: id-less like some page errors. */
    final java.util.TreeMap<String, Long> inputErrors = new java.util.TreeMap<>();

    RowSink(int split, BlockingQueue<Object> queue) {
        this.split = split;
        this.queue = queue;
    }

    private void put(Row r) throws InterruptedIOException {
        try {
            queue.put(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("task cancelled");
        }
    }

    @Override
    public void begin(RunState state, boolean resume) {
        // nothing to prepare: no files are written by the task itself
    }

    @Override
    public void record(Page page, String variant, byte[] line) throws InterruptedIOException {
        put(OutputRows.page(split, seq++, page, variant, OutputRows.chop(new String(line, StandardCharsets.UTF_8))));
    }

    @Override
    public void error(ErrorRecord e) throws InterruptedIOException {
        put(OutputRows.error(split, seq++, e));
    }

    @Override
    public void inputError(ErrorRecord e) throws InterruptedIOException {
        inputErrors.merge(e.reason(), 1L, Long::sum);
        error(e);
    }

    @Override
    public void filtered(Page page, String reason) throws InterruptedIOException {
        put(OutputRows.filtered(split, seq++, page, reason));
    }

    @Override
    public void record(byte[] line) {
        throw new IllegalStateException("records carry their page: record(Page, String, byte[])");
    }

    @Override
    public void error(byte[] line) {
        throw new IllegalStateException("errors carry their record: error(ErrorRecord)");
    }

    @Override
    public void unitDone(RunState state) {
        // checkpoints are Spark's business (a failed task is rerun whole)
    }

    @Override
    public void finish(RunState state, ObjectNode manifest) {
        finished = true;
    }

    @Override
    public void abort() {
        finished = false;
    }
}
