package org.wikirefine.internal.dump;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.wikirefine.DumpException;

/**
 * Decoding a bounded window ahead of one consumer, in order: tasks run on a pool of decode threads and their
 * results are taken back in the order they were added, so output order never depends on thread timing. At most
 * {@link #size()} results are held (running or done) and not yet taken, which bounds memory whatever the input.
 * Used for bz2 streams read by index ({@link IndexedSource}) and for bz2 blocks read without one
 * ({@link Bz2Blocks}).
 */
final class DecodeAhead<T> {

    private final ExecutorService pool;
    private final int size;
    private final String what;
    private final ArrayDeque<Future<T>> ahead = new ArrayDeque<>();

    /**
     * @param pool decode threads (see {@link #decodeThreads}); shared, not shut down here
     * @param size the most results held at a time, running or done
     * @param what what decodes, for the message of a failure that is a bug ("stream decoder")
     */
    DecodeAhead(ExecutorService pool, int size, String what) {
        this.pool = pool;
        this.size = size;
        this.what = what;
    }

    /**
     * {@code n} daemon threads named {@code bz2-decode-…}: a reader that is never closed does not keep the JVM
     * alive.
     */
    static ExecutorService decodeThreads(int n) {
        AtomicInteger tn = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, n), r -> {
            Thread t = new Thread(r, "bz2-decode-" + tn.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    int size() {
        return size;
    }

    /** Whether another result may be added without exceeding the window. */
    boolean hasRoom() {
        return ahead.size() < size;
    }

    boolean isEmpty() {
        return ahead.isEmpty();
    }

    /** Runs {@code task} on a decode thread; its result comes after those added before it. */
    void submit(Callable<T> task) {
        ahead.add(pool.submit(task));
    }

    /** A result known without decoding (it still takes its place in the order, and in the window). */
    void addReady(T result) {
        ahead.add(CompletableFuture.completedFuture(result));
    }

    /**
     * The oldest result, waiting for it if needed, or {@code null} when none is held. A {@link DumpException}
     * thrown by the task (a DOCTYPE in a stream) is thrown here as it would be on the consumer's thread.
     */
    T take() throws InterruptedException {
        Future<T> f = ahead.poll();
        if (f == null) {
            return null;
        }
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DumpException de) {
                throw de;
            }
            throw new IllegalStateException(what + " failed unexpectedly", e.getCause());
        }
    }

    /** Drops every result not yet taken (tasks still running are interrupted). */
    void cancelAll() {
        for (Future<T> f : ahead) {
            f.cancel(true);
        }
        ahead.clear();
    }
}
