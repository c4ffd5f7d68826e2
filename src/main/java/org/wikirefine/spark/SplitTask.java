package org.wikirefine.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.wikirefine.SiteInfo;
import org.wikirefine.Format;
import org.wikirefine.Variant;
import org.wikirefine.internal.dump.RefinerSetup;
import org.wikirefine.internal.dump.DumpPipeline;
import org.wikirefine.internal.dump.DumpSource;
import org.wikirefine.internal.dump.DumpSources;
import org.wikirefine.internal.dump.Json;
import org.wikirefine.internal.dump.RecordFormat;
import org.wikirefine.internal.dump.RefinerPageProcessor;
import org.wikirefine.internal.dump.RunState;

/**
 * The work of one Spark task: one split through the CLI's own {@link DumpPipeline} (filters, duplicate detection,
 * watchdog with {@code TIMEOUT} records, big-stack workers, strict output encoding), its outcomes streamed out as
 * rows. The pipeline runs on a helper thread and hands rows over through a bounded queue; cancelling the task
 * interrupts it.
 */
final class SplitTask implements FlatMapFunction<Iterator<DumpSplit>, Row> {

    private static final long serialVersionUID = 1L;

    private final JobOptions opts;
    private final RefinerSetup setup;
    private final List<String> variants;
    /** What the driver must know beyond the rows: splits whose input ended early, or whose index lied. */
    private final CollectionAccumulator<String> events;

    SplitTask(JobOptions opts, RefinerSetup setup, List<Variant> variants, CollectionAccumulator<String> events) {
        this.opts = opts;
        this.setup = setup;
        this.variants = variants.stream().map(Variant::code).toList();
        this.events = events;
    }

    /** Event of a split whose input could not be read to its end (the CLI's {@code input_complete: false}). */
    static String inputEnded(int split) {
        return "input ended early in split " + split;
    }

    /** Prefix of the event giving a split's input-error rows of one reason. */
    static final String INPUT_ERRORS = "input errors in split ";

    /**
     * Event of a split's input-error rows of one reason ({@code INPUT_ERRORS + split + " " + reason + "=" + n}): the
     * driver tells them from id-less page errors (a bad {@code <id>}) by these counts, as the CLI counts them.
     */
    static String inputErrors(int split, String reason, long n) {
        return INPUT_ERRORS + split + " " + reason + "=" + n;
    }

    /** Event of a split whose streams were not the ones the index lists (read on without it). */
    static String indexMismatch(int split, String why) {
        return "the index does not match the dump in split " + split + " (" + why + "); read sequentially";
    }

    /** A sequential split: the whole dump, or the rest of it from a proven stream start (siteinfo from the header). */
    private static DumpSource sequential(DumpSplit sp, FileSystem fs, Path path) throws IOException {
        if (sp.sequentialFrom() == 0) {
            return DumpSources.open(fs.open(path), true);
        }
        FSDataInputStream in = fs.open(path);
        try {
            SiteInfo si = SplitSource.siteInfo(sp, in, new java.util.ArrayList<>());
            in.seek(sp.sequentialFrom());
            return DumpSources.openFrom(in, sp.sequentialFrom(), sp.fileSize(), si, true, true);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** What the pipeline thread leaves in the queue last. */
    private record End(DumpPipeline.Outcome outcome, Throwable failure) {
    }

    @Override
    public Iterator<Row> call(Iterator<DumpSplit> splits) throws IOException {
        if (!splits.hasNext()) {
            return Collections.emptyIterator();
        }
        DumpSplit sp = splits.next();
        if (splits.hasNext()) {
            throw new IllegalStateException("one split per partition expected");
        }
        return run(sp);
    }

    private Iterator<Row> run(DumpSplit sp) throws IOException {
        Path path = new Path(URI.create(sp.uri()));
        FileSystem fs = path.getFileSystem(new Configuration());
        SplitSource indexed = sp.indexed() ? new SplitSource(sp, fs.open(path)) : null;
        DumpSource source = indexed != null ? indexed : sequential(sp, fs, path);

        RefinerPageProcessor processor = new RefinerPageProcessor(Refiners.get(setup),
                variants.stream().map(c -> Variant.fromCode(c).orElseThrow()).toList(), Format.JSON);
        DumpPipeline.Config cfg = new DumpPipeline.Config(opts.threadsPerTask(),
                Duration.ofMillis((long) (opts.pageTimeoutSeconds() * 1000)), opts.maxStuck(), opts.namespaces(),
                opts.keepRedirects(), -1, RecordFormat.JSONL);
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
        RowSink sink = new RowSink(sp.number(), queue);
        RunState state = new RunState();
        // a "resume" of zero units: makes the pipeline call skip(), which pre-seeds duplicate detection with the
        // ids earlier splits hold
        state.nextUnit = sp.seenBefore().length > 0 ? 1 : 0;

        Thread runner = new Thread(() -> {
            DumpPipeline.Outcome o = null;
            Throwable failure = null;
            try {
                o = new DumpPipeline(cfg, processor, null).run(source, sink, state, false, Json.object());
            } catch (Throwable e) {
                failure = e;
            } finally {
                source.close();
            }
            try {
                queue.put(new End(o, failure));
            } catch (InterruptedException e) {
                // the task is gone; nobody is waiting
            }
        }, "wikirefine-split-" + sp.number());
        runner.setDaemon(true);
        runner.start();
        TaskContext tc = TaskContext.get();
        if (tc != null) {
            tc.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> runner.interrupt());
        }
        boolean inject = opts.failFirstAttemptOfSplit() == sp.number() && tc != null && tc.attemptNumber() == 0;

        return new Iterator<>() {
            private Row next;
            private boolean done;
            private long emitted;

            @Override
            public boolean hasNext() {
                if (next != null) {
                    return true;
                }
                if (done) {
                    return false;
                }
                Object o;
                try {
                    o = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    runner.interrupt();
                    throw new IllegalStateException("interrupted while reading split " + sp.number(), e);
                }
                if (o instanceof Row r) {
                    next = r;
                    return true;
                }
                done = true;
                check((End) o);
                return false;
            }

            private void check(End end) {
                if (end.failure() != null) {
                    throw new IllegalStateException("split " + sp.number() + " failed", end.failure());
                }
                if (indexed != null && indexed.failure() != null) {
                    throw new UncheckedIOException("split " + sp.number() + ": cannot read " + sp.uri(),
                            indexed.failure());
                }
                DumpPipeline.Outcome o = end.outcome();
                if (!sink.finished) {
                    throw new IllegalStateException("split " + sp.number() + " failed: " + o.fatal());
                }
                RunState s = o.state();
                if (s.read != s.written + s.filteredTotal() + s.erroredTotal()) {
                    throw new IllegalStateException("split " + sp.number() + ": accounting does not balance");
                }
                // idempotent facts (a retried split adds the same string), collected as a set on the driver
                if (!o.inputComplete()) {
                    events.add(inputEnded(sp.number()));
                }
                sink.inputErrors.forEach((reason, n) -> events.add(inputErrors(sp.number(), reason, n)));
                if (indexed != null && indexed.indexMismatch() != null) {
                    events.add(indexMismatch(sp.number(), indexed.indexMismatch()));
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (inject && emitted == 5) {
                    runner.interrupt();
                    throw new IllegalStateException("injected failure: first attempt of split " + sp.number());
                }
                Row r = next;
                next = null;
                emitted++;
                return r;
            }
        };
    }
}
