package org.wikirefine.internal.dump;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress display. On a terminal ({@code System.console() != null}): one line rewritten with {@code \r} every
 * second. Otherwise (logs, CI): a plain line every few seconds, never {@code \r} or ANSI codes, which is why the
 * progressbar library is not used (it writes both even when stderr is not a TTY; stack-facts.md 4).
 */
public final class Progress implements DumpPipeline.Monitor {

    private final PrintStream out;
    private final boolean terminal;
    private final long intervalMs;
    private volatile boolean stop;
    private Thread thread;
    private int lastLen;

    public Progress(PrintStream out, boolean terminal, long intervalMs) {
        this.out = out;
        this.terminal = terminal;
        this.intervalMs = intervalMs;
    }

    /** Terminal mode when a console is attached, else a log line every 5 s. */
    public static Progress auto(PrintStream out) {
        boolean term = isTerminal();
        return new Progress(out, term, term ? 1000 : 5000);
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

    @Override
    public void started(DumpSource source, RunState state) {
        long t0 = System.nanoTime();
        long read0 = state.read;
        long xml0 = source.xmlBytes();
        thread = new Thread(() -> {
            while (!stop) {
                try {
                    Thread.sleep(intervalMs);
                } catch (InterruptedException e) {
                    return;
                }
                if (stop) {
                    return;
                }
                print(line(source, state, t0, read0, xml0));
            }
        }, "dump-progress");
        thread.setDaemon(true);
        thread.start();
    }

    static String line(DumpSource source, RunState state, long t0, long read0, long xml0) {
        double secs = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
        long pages = state.read - read0;
        double mbs = (source.xmlBytes() - xml0) / 1e6 / secs;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%,d pages read (%,d written, %,d errors) | %.0f pages/s | %.1f MB/s XML",
                state.read, state.written, state.erroredTotal(), pages / secs, mbs));
        long size = source.inputSize();
        long done = source.inputBytesConsumed();
        if (size > 0 && done > 0) {
            double frac = Math.min(1.0, (double) done / size);
            sb.append(String.format(Locale.ROOT, " | %.1f%%", frac * 100));
            if (frac > 0.001) {
                long eta = (long) (secs / frac * (1 - frac));
                sb.append(String.format(Locale.ROOT, " | ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
            }
        }
        return sb.toString();
    }

    private synchronized void print(String s) {
        if (terminal) {
            String pad = s.length() < lastLen ? " ".repeat(lastLen - s.length()) : "";
            out.print("\r" + s + pad);
            lastLen = s.length();
        } else {
            out.println("[progress] " + s);
        }
        out.flush();
    }

    @Override
    public synchronized void finished() {
        stop = true;
        if (thread != null) {
            thread.interrupt();
        }
        if (terminal && lastLen > 0) {
            out.print("\r" + " ".repeat(lastLen) + "\r");
            out.flush();
        }
    }
}
