package org.wikirefine.internal.parse;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs page builds on daemon threads with a large stack and a wall-clock budget. Sweble recurses deeply (a 1 MiB
 * stack overflows on inputs of 1-2 KB, reliability.md 0.1) and cannot be interrupted, so a build that runs over
 * its budget is abandoned: its thread finishes in the background and the caller gets {@link Outcome#timedOut}.
 * Threads are pooled, so a thread is created only when all are busy.
 */
public final class ParseRunner {

    /** 256 MiB: enough for every nesting the guard lets through (stack-facts.md 1.5). Only reserved, not committed. */
    static final long STACK_BYTES = 256L << 20;

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(bigStackFactory());

    private ParseRunner() {
    }

    private static ThreadFactory bigStackFactory() {
        return r -> {
            Thread t = new Thread(null, r, "wikirefine-parse-" + THREADS.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }

    /** The result of a budgeted run. */
    public record Outcome<T>(T value, boolean timedOut, Throwable failure) {
        public boolean ok() {
            return !timedOut && failure == null;
        }
    }

    /** Runs {@code task} on a big-stack thread, waiting at most {@code budget}. Never throws for task failures. */
    public static <T> Outcome<T> run(Callable<T> task, Duration budget) {
        if (Thread.currentThread().getName().startsWith("wikirefine-parse-")) {
            // Already on a big-stack thread (nested use): run inline rather than hop again.
            try {
                return new Outcome<>(task.call(), false, null);
            } catch (Throwable e) {
                return new Outcome<>(null, false, e);
            }
        }
        long start = System.nanoTime();
        Future<T> future = POOL.submit(task);
        try {
            T value = future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
            // get() may hand back a value that arrived after the budget (the waiting thread was not scheduled in
            // time, on a busy machine): over budget is over budget, whichever thread noticed.
            return System.nanoTime() - start > budget.toNanos() ? new Outcome<>(null, true, null)
                    : new Outcome<>(value, false, null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome<>(null, true, null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Outcome<>(null, false, e);
        }
    }
}
