package org.wikirefine.internal.dump;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The width of the terminal a progress line is rewritten on: a line wider than the terminal wraps, and each
 * {@code \r} rewrite then leaves a stale line behind. Java has no API for it, so: {@code $COLUMNS} when the shell
 * exports it, else {@code stty size} on {@code /dev/tty}, else 80.
 */
final class TerminalWidth {

    static final int FALLBACK = 80;

    private TerminalWidth() {
    }

    static int detect() {
        Integer fromEnv = parse(System.getenv("COLUMNS"));
        if (fromEnv != null) {
            return fromEnv;
        }
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return FALLBACK;
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return FALLBACK;
            }
            String[] rowsCols = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
            Integer cols = rowsCols.length == 2 ? parse(rowsCols[1]) : null;
            return cols != null ? cols : FALLBACK;
        } catch (IOException | RuntimeException e) {
            return FALLBACK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FALLBACK;
        }
    }

    private static Integer parse(String s) {
        try {
            int n = s == null ? 0 : Integer.parseInt(s.trim());
            return n >= 20 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
