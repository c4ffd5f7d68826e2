package org.wikirefine;

import java.util.Objects;

/**
 * Something noteworthy found while refining a page: bad markup, an unknown template, a reference problem,
 * a limit that was hit. Refining never throws on bad wikitext; it reports diagnostics instead.
 *
 * @param code     stable machine-readable code, e.g. {@code UNKNOWN_TEMPLATE}, {@code REF_UNDEFINED}
 * @param severity how serious it is
 * @param offset   character offset in the page's wikitext, or {@code -1} when not tied to a position
 * @param message  human-readable explanation
 */
public record Diagnostic(String code, Severity severity, int offset, String message) {

    /** How serious a diagnostic is. */
    public enum Severity {
        /** Worth knowing; output is as MediaWiki would show it. */
        INFO,
        /** Output may differ from MediaWiki's or something was dropped. */
        WARNING,
        /** A limit or failure forced a degraded (fallback) rendering. */
        ERROR
    }

    /**
     * Checks that code, severity and message are present.
     *
     * @param code     stable machine-readable code, e.g. {@code UNKNOWN_TEMPLATE}, {@code REF_UNDEFINED}
     * @param severity how serious it is
     * @param offset   character offset in the page's wikitext, or {@code -1} when not tied to a position
     * @param message  human-readable explanation
     */
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity + " " + code + (offset >= 0 ? " @" + offset : "") + ": " + message;
    }
}
