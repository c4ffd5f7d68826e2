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
import java.util.function.Supplier;

/**
 * Runs page builds on daemon threads with a large stack and a wall-clock budget. Sweble recurses deeply (a 1 MiB
 * stack overflows on inputs of 1-2 KB, reliability.md 0.1) and cannot be interrupted, so a build that runs over
 * its budget is abandoned: its thread finishes in the background and the caller gets {@link Outcome#timedOut}.
 * Threads are pooled, so a thread is created only when all are busy. Native builds, whose nesting and work are
 * capped, run on the caller's thread instead ({@link #runHere}).
 */
public final class ParseRunner {

    /** 256 MiB: enough for every nesting the guard lets through (stack-facts.md 1.5). Only reserved, not committed. */
    static final long STACK_BYTES = 256L << 20;

    private static final String THREAD_PREFIX = "wikirefine-parse-";
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(bigStackFactory());

    private ParseRunner() {
    }

    private static ThreadFactory bigStackFactory() {
        return r -> {
            Thread t = new Thread(null, r, THREAD_PREFIX + THREADS.incrementAndGet(), STACK_BYTES);
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

    /**
     * Runs {@code task} on the calling thread, for work whose nesting is capped (the native parser declines what
     * nests deeper than its limits) and whose cost is bounded by a {@link WorkBudget}: the hand-off to a pool thread
     * and back costs about a tenth of building a small page. The budget is checked when the task ends (it cannot
     * hang: the work budget ends it first). Should the caller's stack still be too small, the task runs again on a
     * big-stack thread. Never throws for task failures.
     */
    public static <T> Outcome<T> runHere(Callable<T> task, Duration budget) {
        long start = System.nanoTime();
        T value;
        try {
            value = task.call();
        } catch (StackOverflowError e) {
            return run(task, budget);
        } catch (Throwable e) {
            return new Outcome<>(null, false, e);
        }
        return System.nanoTime() - start > budget.toNanos() ? new Outcome<>(null, true, null)
                : new Outcome<>(value, false, null);
    }

    /**
     * Runs {@code task} here and returns its result; should the caller's stack be too small (a model nested
     * thousands deep by unclosed tags), runs it again on a big-stack thread and waits for it, with no time limit:
     * for work bounded by a work budget, such as rendering. Task failures propagate.
     */
    public static <T> T withEnoughStack(Supplier<T> task) {
        try {
            return task.get();
        } catch (StackOverflowError e) {
            if (Thread.currentThread().getName().startsWith(THREAD_PREFIX)) {
                throw e;
            }
            try {
                return POOL.submit(task::get).get();
            } catch (ExecutionException failed) {
                Throwable cause = failed.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a big-stack thread", interrupted);
            }
        }
    }

    /** Runs {@code task} on a big-stack thread, waiting at most {@code budget}. Never throws for task failures. */
    public static <T> Outcome<T> run(Callable<T> task, Duration budget) {
        if (Thread.currentThread().getName().startsWith(THREAD_PREFIX)) {
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
