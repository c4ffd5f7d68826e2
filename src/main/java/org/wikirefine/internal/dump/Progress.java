package org.wikirefine.internal.dump;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Progress display, shown from the start of a run. On a terminal ({@code System.console() != null}): one line
 * rewritten with {@code \r} every second, cut to the terminal's width so it never wraps. Otherwise (logs, CI): a
 * plain line every few seconds, never {@code \r} or ANSI codes, which is why the progressbar library is not used
 * (it writes both even when stderr is not a TTY; docs/dumps.md "Progress").
 *
 * <p>The percentage counts work done, not input read ahead: pages of a {@code --limit} run, units (bz2 streams)
 * handled when reading by index, else the input bytes the reader had consumed when the last handled page was read.
 */
public final class Progress implements DumpPipeline.Monitor {

    private static final String SEP = " | ";

    private final PrintStream out;
    private final boolean terminal;
    private final long intervalMs;
    private final int width;
    private long limit = -1;
    private volatile long processedInputBytes = -1;
    private volatile boolean stop;
    private Thread thread;
    private int lastLen;

    public Progress(PrintStream out, boolean terminal, long intervalMs) {
        this(out, terminal, intervalMs, terminal ? TerminalWidth.FALLBACK : Integer.MAX_VALUE);
    }

    public Progress(PrintStream out, boolean terminal, long intervalMs, int width) {
        this.out = out;
        this.terminal = terminal;
        this.intervalMs = intervalMs;
        this.width = width;
    }

    /** Terminal mode (at the terminal's width) when a console is attached, else a log line every 5 s. */
    public static Progress auto(PrintStream out) {
        boolean term = isTerminal();
        return new Progress(out, term, term ? 1000 : 5000, term ? TerminalWidth.detect() : Integer.MAX_VALUE);
    }

    /** The run stops after this many pages: the percentage counts pages towards it. */
    public Progress limit(long pages) {
        this.limit = pages;
        return this;
    }

    /**
     * {@code System.console() != null} on JDK 17-21; from JDK 22 a console exists even when the streams are
     * redirected, and only {@code Console.isTerminal()} (looked up reflectively, we compile for 17) tells.
     */
    static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Shows a phase before the main run (the site-data pre-pass) until {@link #finished()}.
     *
     * @param pages      pages scanned so far
     * @param inputBytes input bytes consumed so far (no read-ahead queue in a pre-pass)
     * @param inputSize  input size, or -1
     */
    public void phase(String label, LongSupplier pages, LongSupplier inputBytes, long inputSize) {
        long t0 = System.nanoTime();
        tick(() -> {
            List<String> segs = new ArrayList<>();
            segs.add(String.format(Locale.ROOT, "%s: %,d pages scanned", label, pages.getAsLong()));
            double frac = inputSize > 0 ? Math.min(1.0, (double) inputBytes.getAsLong() / inputSize) : -1;
            addFraction(segs, frac, 0, t0);
            return segs;
        });
    }

    @Override
    public void started(DumpSource source, RunState state) {
        long t0 = System.nanoTime();
        long read0 = state.read;
        long xml0 = source.xmlBytes();
        double frac0 = Math.max(0, fraction(source, state));
        tick(() -> segments(source, state, t0, read0, xml0, frac0));
    }

    @Override
    public void unitDone(long inputBytes) {
        processedInputBytes = inputBytes;
    }

    /** Work done, 0..1, or -1 when unknown (stdin without --limit). */
    double fraction(DumpSource source, RunState state) {
        if (limit > 0) {
            return Math.min(1.0, (double) state.read / limit);
        }
        if (source.indexed() && source.totalUnits() > 0) {
            return Math.min(1.0, (double) state.nextUnit / source.totalUnits());
        }
        long size = source.inputSize();
        long done = processedInputBytes;
        return size > 0 && done >= 0 ? Math.min(1.0, (double) done / size) : -1;
    }

    private List<String> segments(DumpSource source, RunState state, long t0, long read0, long xml0, double frac0) {
        double secs = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
        List<String> segs = new ArrayList<>();
        segs.add(String.format(Locale.ROOT, "%,d pages", state.read));
        addFraction(segs, fraction(source, state), frac0, t0);
        if (state.erroredTotal() > 0) {
            segs.add(String.format(Locale.ROOT, "%,d errors", state.erroredTotal()));
        }
        segs.add(String.format(Locale.ROOT, "%.0f pages/s", (state.read - read0) / secs));
        segs.add(String.format(Locale.ROOT, "%.1f MB/s XML", (source.xmlBytes() - xml0) / 1e6 / secs));
        segs.add(String.format(Locale.ROOT, "%,d written", state.written));
        return segs;
    }

    private static void addFraction(List<String> segs, double frac, double frac0, long t0) {
        if (frac < 0) {
            return;
        }
        segs.add(String.format(Locale.ROOT, "%.1f%%", frac * 100));
        double secs = (System.nanoTime() - t0) / 1e9;
        if (frac - frac0 > 0.001 && secs > 2) {
            long eta = (long) (secs / (frac - frac0) * (1 - frac));
            segs.add(String.format(Locale.ROOT, "ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
        }
    }

    /** Segments in order of importance, joined while they fit in {@code width - 1} columns (no wrap). */
    static String fit(List<String> segments, int width) {
        int max = Math.max(10, width - 1);
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            int extra = (sb.length() == 0 ? 0 : SEP.length()) + s.length();
            if (sb.length() + extra > max) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(SEP);
            }
            sb.append(s);
        }
        if (sb.length() == 0 && !segments.isEmpty()) {
            sb.append(segments.get(0), 0, Math.min(max, segments.get(0).length()));
        }
        return sb.toString();
    }

    /** Prints a line now (so something shows from the first second), then every interval until stopped. */
    private synchronized void tick(Supplier<List<String>> segments) {
        stopThread();
        stop = false;
        print(fit(segments.get(), width));
        thread = new Thread(() -> {
            while (!stop) {
                try {
                    Thread.sleep(intervalMs);
                } catch (InterruptedException e) {
                    return;
                }
                if (!stop) {
                    print(fit(segments.get(), width));
                }
            }
        }, "dump-progress");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void print(String s) {
        if (stop) {
            return;
        }
        if (terminal) {
            String pad = s.length() < lastLen ? " ".repeat(lastLen - s.length()) : "";
            out.print("\r" + s + pad);
            lastLen = s.length();
        } else {
            out.println("[progress] " + s);
        }
        out.flush();
    }

    private void stopThread() {
        stop = true;
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    @Override
    public synchronized void finished() {
        stopThread();
        if (terminal && lastLen > 0) {
            out.print("\r" + " ".repeat(lastLen) + "\r");
            out.flush();
            lastLen = 0;
        }
    }
}
