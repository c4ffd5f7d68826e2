package org.wikirefine.internal.dump;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.wikirefine.Page;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * reader thread → N worker threads → ordered writer (the calling thread), with back-pressure and a watchdog.
 *
 * <ul>
 *   <li>Order: every item takes a slot in one bounded FIFO in dump order; the writer waits for the head, so
 *       output is in dump order whatever the thread count, and memory is bounded by the FIFO, not the dump.</li>
 *   <li>Watchdog: a page running past its budget is completed as a {@code TIMEOUT} error record. Sweble parses
 *       cannot be interrupted and {@code Thread.stop} is gone on JDK 20+, so the stuck worker is abandoned (it
 *       exits when its parse ends) and replaced; more than {@code maxStuck} abandoned workers still running end
 *       the run as fatal rather than let them eat every core.</li>
 *   <li>Workers run on 256 MB stacks (Sweble recurses deeply) and turn any Throwable into an error record.</li>
 * </ul>
 */
public final class DumpPipeline {

    /**
     * @param threads     worker threads
     * @param pageTimeout wall-clock budget per page
     * @param maxStuck    abandoned-but-still-running workers tolerated before the run fails
     * @param namespaces  namespaces to keep, or {@code null} for all
     * @param keepRedirects whether redirects are processed (else filtered as {@code redirect})
     * @param limit       stop after this many pages read, or -1
     */
    public record Config(int threads, Duration pageTimeout, int maxStuck, Set<Integer> namespaces,
                         boolean keepRedirects, long limit, RecordFormat format) {
    }

    /** How a run ended. */
    public record Outcome(int exitCode, RunState state, String fatal, boolean inputComplete, double seconds,
                          long xmlBytes, long inputBytes, int abandonedWorkers, boolean outputFailed) {
    }

    /** Receives progress snapshots (throttled by the caller). */
    public interface Monitor {
        void started(DumpSource source, RunState state);

        /**
         * A unit's pages are all handled; {@code inputBytes} is how much input the reader had consumed when it
         * finished reading that unit (so progress counts processed input, not input read ahead).
         */
        default void unitDone(long inputBytes) {
        }

        void finished();
    }

    static final long WORKER_STACK = 256L << 20;

    private final Config cfg;
    private final PageProcessor processor;
    private final Monitor monitor;

    public DumpPipeline(Config cfg, PageProcessor processor, Monitor monitor) {
        this.cfg = cfg;
        this.processor = processor;
        this.monitor = monitor;
    }

    private record Filtered(String reason) {
    }

    private record UnitEnd(long index, long inputBytes) {
    }

    /** The reader stopped at {@code --limit}. */
    private static final Object LIMIT_REACHED = new Object();

    private static final Object END = new Object();

    private static final class Task {
        final DumpItem item;
        final Page page;
        volatile long startNanos;
        volatile Worker worker;
        final AtomicReference<Object> result = new AtomicReference<>();
        final CountDownLatch done = new CountDownLatch(1);

        Task(DumpItem item, Page page) {
            this.item = item;
            this.page = page;
        }

        boolean complete(Object r) {
            if (result.compareAndSet(null, r)) {
                done.countDown();
                return true;
            }
            return false;
        }
    }

    private final class Worker implements Runnable {
        volatile boolean abandoned;
        volatile Task current;
        Thread thread;

        @Override
        public void run() {
            while (!abandoned && !shutdown) {
                Task t;
                try {
                    t = work.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
                if (t == null || t.result.get() != null) {
                    continue;
                }
                t.worker = this;
                current = t;
                t.startNanos = System.nanoTime();
                running.put(t, Boolean.TRUE);
                Object r;
                try {
                    r = processor.process(t.page);
                    r = r == null ? err(t.page, "process", "EXCEPTION", "the processor returned nothing")
                            : encoded(t.page, r);
                } catch (org.wikirefine.WorkLimitExceededException e) {
                    // deterministic (work counted, not time): the same page is refused on every run and resume
                    r = err(t.page, "render", "WORK_BUDGET_EXCEEDED", e.getMessage());
                } catch (StackOverflowError e) {
                    r = err(t.page, "process", "STACK_OVERFLOW", "nesting too deep for the parser");
                } catch (OutOfMemoryError e) {
                    r = err(t.page, "process", "OUT_OF_MEMORY", "the page needed more memory than available");
                } catch (Throwable e) {
                    r = err(t.page, "process", "EXCEPTION", e.getClass().getName() + ": " + Xml.detailOf(e));
                }
                running.remove(t);
                t.complete(r);   // loses to the watchdog's TIMEOUT if that came first
            }
        }
    }

    /** A processor's result with its records already encoded, so the one writing thread only writes them. */
    private record Encoded(PageProcessor.Result result, List<byte[]> lines) {
    }

    /** Encodes a result's records on the worker's thread; a rendering that cannot be written is an error. */
    private Object encoded(Page page, Object r) {
        if (!(r instanceof PageProcessor.Result res)) {
            return r;
        }
        List<byte[]> lines = new ArrayList<>(res.outputs().size());
        try {
            for (PageProcessor.Output out : res.outputs()) {
                lines.add(cfg.format().encode(page, out.variant(), out.body()));
            }
        } catch (RecordFormat.InvalidOutput e) {
            return err(page, "write", "INVALID_OUTPUT", e.getMessage());
        }
        return new Encoded(res, lines);
    }

    private static ErrorRecord err(Page p, String stage, String reason, String detail) {
        return ErrorRecord.forPage(p.id(), p.title(), stage, reason, detail);
    }

    private BlockingQueue<Object> pending;
    private final BlockingQueue<Task> work = new LinkedBlockingQueue<>();
    private final ConcurrentHashMap<Task, Boolean> running = new ConcurrentHashMap<>();
    private final List<Worker> abandoned = new ArrayList<>();
    private final ThreadGroup group = new ThreadGroup("wikirefine-dump");
    private final AtomicInteger workerNo = new AtomicInteger();
    private volatile boolean shutdown;
    private volatile String fatal;
    /** Set with a stuck-workers fatal: the pages to skip on {@code --resume}. */
    private volatile List<Long> stuckPages;
    /** Pages an earlier run stopped on ({@link RunState#stuckPages}). */
    private Set<Long> stuckBefore = Set.of();
    private boolean outputFailed;

    private final List<Worker> workers = new ArrayList<>();

    private void startWorker() {
        Worker w = new Worker();
        synchronized (workers) {
            workers.add(w);
        }
        Thread t = new Thread(group, w, "page-worker-" + workerNo.incrementAndGet(), WORKER_STACK);
        t.setDaemon(true);   // an abandoned parse must not keep the JVM alive
        w.thread = t;
        t.start();
    }

    /**
     * Runs the pipeline. {@code state} is fresh or loaded from a checkpoint ({@code resume}); its
     * {@code nextUnit} units are skipped.
     */
    public Outcome run(DumpSource source, OutputSink sink, RunState state, boolean resume, ObjectNode manifest) {
        long t0 = System.nanoTime();
        pending = new ArrayBlockingQueue<>(Math.max(16, cfg.threads() * 32));
        IdSet seen = new IdSet();
        try {
            sink.begin(state, resume);
            if (state.nextUnit > 0) {
                source.skip(state.nextUnit, seen::add);
            }
        } catch (IOException | RuntimeException e) {
            return new Outcome(3, state, "cannot start: " + Xml.detailOf(e), false, 0, 0, 0, 0, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(3, state, "interrupted", false, 0, 0, 0, 0, false);
        }
        for (int i = 0; i < cfg.threads(); i++) {
            startWorker();
        }
        stuckBefore = new HashSet<>(state.stuckPages);
        Thread reader = new Thread(group, () -> readLoop(source, state.read, seen), "dump-reader");
        reader.setDaemon(true);
        reader.start();
        Thread watchdog = new Thread(group, this::watchLoop, "page-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        if (monitor != null) {
            monitor.started(source, state);
        }
        boolean inputComplete = true;
        boolean limited = false;
        try {
            while (true) {
                Object o = pending.poll(200, TimeUnit.MILLISECONDS);
                if (fatal != null) {
                    break;
                }
                if (o == null) {
                    continue;
                }
                if (o == END) {
                    break;
                }
                if (o instanceof UnitEnd ue) {
                    state.nextUnit = ue.index() + 1;
                    sink.unitDone(state);
                    if (monitor != null) {
                        monitor.unitDone(ue.inputBytes());
                    }
                    continue;
                }
                if (o == LIMIT_REACHED) {
                    limited = true;
                    continue;
                }
                Task t = (Task) o;
                while (!t.done.await(200, TimeUnit.MILLISECONDS)) {
                    if (fatal != null) {
                        break;
                    }
                }
                if (fatal != null) {
                    break;
                }
                if (t.item instanceof DumpItem.Fatal f) {
                    inputComplete = false;
                    state.inputErrors++;
                    sink.inputError(f.error());
                    state.errorsRecords++;
                    continue;
                }
                if (t.item instanceof DumpItem.Lost l) {
                    state.inputErrors++;
                    sink.inputError(l.error());
                    state.errorsRecords++;
                    continue;
                }
                handle(t, state, sink);
            }
        } catch (IOException e) {
            fatal = "cannot write output: " + Xml.detailOf(e);
            outputFailed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fatal = "interrupted";
        } catch (RuntimeException e) {
            fatal = "internal error: " + e;
        } finally {
            shutdown = true;
            reader.interrupt();
            watchdog.interrupt();
            if (monitor != null) {
                monitor.finished();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        int stuck;
        synchronized (abandoned) {
            stuck = abandoned.size();
        }
        if (fatal != null) {
            if (stuckPages != null) {
                try {
                    sink.stoppedOnPages(state, stuckPages);
                } catch (IOException e) {
                    fatal += "; the stuck pages could not be recorded for --resume: " + Xml.detailOf(e);
                }
            }
            sink.abort();
            return new Outcome(3, state, fatal, false, secs, source.xmlBytes(), source.inputBytesConsumed(), stuck,
                    outputFailed);
        }
        ObjectNode counts = manifest.putObject("counts");
        counts.put("read", state.read);
        counts.put("written", state.written);
        counts.put("records", state.records);
        counts.put("filtered_total", state.filteredTotal());
        counts.set("filtered", Json.MAPPER.valueToTree(state.filtered));
        counts.put("errored_total", state.erroredTotal());
        counts.set("errored", Json.MAPPER.valueToTree(state.errored));
        counts.put("input_errors", state.inputErrors);
        boolean balanced = state.read == state.written + state.filteredTotal() + state.erroredTotal();
        counts.put("balanced", balanced);
        manifest.put("input_complete", inputComplete);
        manifest.put("limited", limited);
        if (!source.warnings().isEmpty()) {
            manifest.set("warnings", Json.MAPPER.valueToTree(List.copyOf(source.warnings())));
        }
        try {
            sink.finish(state, manifest);
        } catch (IOException e) {
            sink.abort();
            return new Outcome(3, state, "cannot commit output: " + Xml.detailOf(e), false, secs, source.xmlBytes(),
                    source.inputBytesConsumed(), stuck, true);
        }
        int code;
        String why = null;
        if (!balanced) {
            code = 3;
            why = "accounting does not balance (a bug): read " + state.read + " != written + filtered + errored";
        } else if (!inputComplete) {
            code = 3;
            why = "the input could not be read to its end; the pages before the failure were written";
        } else {
            code = state.erroredTotal() > 0 || state.inputErrors > 0 ? 1 : 0;
        }
        return new Outcome(code, state, why, inputComplete, secs, source.xmlBytes(), source.inputBytesConsumed(),
                stuck, false);
    }

    private void handle(Task t, RunState state, OutputSink sink) throws IOException {
        Object r = t.result.get();
        state.read++;
        if (r instanceof Filtered f) {
            RunState.bump(state.filtered, f.reason());
            sink.filtered(t.page, f.reason());
            return;
        }
        if (r instanceof Encoded enc) {
            PageProcessor.Result res = enc.result();
            for (int i = 0; i < enc.lines().size(); i++) {
                sink.record(t.page, res.outputs().get(i).variant(), enc.lines().get(i));
            }
            state.written++;
            state.records += enc.lines().size();
            for (String d : res.diagnosticCodes()) {
                RunState.bump(state.diagnostics, d);
            }
            for (String u : res.unknownTemplates()) {
                state.countUnknownTemplate(u);
            }
            return;
        }
        ErrorRecord e = (ErrorRecord) r;
        RunState.bump(state.errored, e.reason());
        sink.error(e);
        state.errorsRecords++;
    }

    private void readLoop(DumpSource source, long alreadyRead, IdSet seen) {
        long count = alreadyRead;
        try {
            outer:
            while (!shutdown) {
                DumpSource.Unit u = source.next();
                if (u == null) {
                    break;
                }
                for (DumpItem it : u.items()) {
                    if (it instanceof DumpItem.Fatal) {
                        Task t = new Task(it, null);
                        t.complete(Boolean.TRUE);
                        pending.put(t);
                        break outer;
                    }
                    if (it instanceof DumpItem.Lost) {
                        Task t = new Task(it, null);
                        t.complete(Boolean.TRUE);
                        pending.put(t);
                        continue;
                    }
                    if (cfg.limit() >= 0 && count >= cfg.limit()) {
                        pending.put(LIMIT_REACHED);
                        break outer;
                    }
                    count++;
                    Task t;
                    if (it instanceof DumpItem.Ok ok) {
                        Page p = ok.page();
                        t = new Task(it, p);
                        if (!seen.add(p.id())) {
                            t.complete(err(p, "read", "DUPLICATE_ID", "page id already seen earlier in the dump"));
                        } else if (cfg.namespaces() != null && !cfg.namespaces().contains(p.ns())) {
                            t.complete(new Filtered("namespace"));
                        } else if (p.redirect() != null && !cfg.keepRedirects()) {
                            t.complete(new Filtered("redirect"));
                        } else if (stuckBefore.contains(p.id())) {
                            t.complete(err(p, "process", "TIMEOUT", "this page wedged workers past their time"
                                    + " budget and stopped an earlier run; skipped on --resume"));
                        } else {
                            pending.put(t);
                            work.put(t);
                            continue;
                        }
                    } else {
                        DumpItem.Failed f = (DumpItem.Failed) it;
                        if (f.error().id() != null) {
                            seen.add(f.error().id());
                        }
                        t = new Task(it, null);
                        t.complete(f.error());
                    }
                    pending.put(t);
                }
                pending.put(new UnitEnd(u.index(), source.inputBytesConsumed()));
            }
            pending.put(END);
        } catch (InterruptedException e) {
            // the writer is gone (fatal); nothing to hand over
        } catch (Throwable e) {
            Task t = new Task(new DumpItem.Fatal(new ErrorRecord(null, null, "read", e instanceof
                    org.wikirefine.DumpException de ? de.reason() : "READ_FAILED", Xml.detailOf(e))), null);
            t.complete(Boolean.TRUE);
            try {
                pending.put(t);
                pending.put(END);
            } catch (InterruptedException ignored) {
                // shutting down
            }
        }
    }

    private void watchLoop() {
        long budget = cfg.pageTimeout().toNanos();
        long tick = Math.max(10, Math.min(100, cfg.pageTimeout().toMillis() / 10));
        while (!shutdown) {
            try {
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                return;
            }
            replaceDeadWorkers();
            long now = System.nanoTime();
            for (Task t : running.keySet()) {
                if (now - t.startNanos > budget && t.result.get() == null) {
                    // decide on the stuck limit before completing the page, so the writer cannot finish the
                    // run in between and hide the overload
                    if (aliveAbandoned() + 1 > cfg.maxStuck()) {
                        stuckPages = stuckPageIds(t);
                        fatal = (aliveAbandoned() + 1) + " page workers are stuck in pages past their time budget"
                                + " (limit " + cfg.maxStuck() + "); stopping. Committed parts stay and --resume"
                                + " continues from the last one";
                        return;
                    }
                }
                if (now - t.startNanos > budget && t.result.get() == null) {
                    // register the abandonment before completing the page, so the writer's final count sees it
                    Worker w = t.worker;
                    if (w != null) {
                        w.abandoned = true;
                        synchronized (abandoned) {
                            abandoned.add(w);
                        }
                    }
                    boolean won = t.complete(err(t.page, "process", "TIMEOUT",
                            "no result within " + cfg.pageTimeout().toMillis() + " ms; worker abandoned"));
                    running.remove(t);
                    if (!won && w != null) {
                        // the page finished at the last moment: not stuck after all (the worker still retires)
                        synchronized (abandoned) {
                            abandoned.remove(w);
                        }
                    }
                    startWorker();
                }
            }
        }
    }

    /**
     * A worker only dies if something throws outside its catch-all (an OOM while queueing, say); without a
     * replacement the pages it would have taken could never complete and the writer would wait forever.
     */
    private void replaceDeadWorkers() {
        int missing = 0;
        synchronized (workers) {
            java.util.Iterator<Worker> it = workers.iterator();
            while (it.hasNext()) {
                Worker w = it.next();
                if (w.abandoned) {
                    it.remove();
                } else if (w.thread.getState() == Thread.State.TERMINATED) {
                    it.remove();
                    missing++;
                }
            }
        }
        for (int i = 0; i < missing && !shutdown; i++) {
            startWorker();
        }
    }

    /** The pages holding workers past their budget: the alive abandoned ones and {@code last}. */
    private List<Long> stuckPageIds(Task last) {
        List<Long> ids = new ArrayList<>();
        synchronized (abandoned) {
            for (Worker w : abandoned) {
                Task t = w.current;
                if (w.thread.isAlive() && t != null && t.page != null) {
                    ids.add(t.page.id());
                }
            }
        }
        if (last.page != null && !ids.contains(last.page.id())) {
            ids.add(last.page.id());
        }
        return ids;
    }

    private int aliveAbandoned() {
        int alive = 0;
        synchronized (abandoned) {
            for (Worker w : abandoned) {
                if (w.thread.isAlive()) {
                    alive++;
                }
            }
        }
        return alive;
    }
}
