package org.wikirefine.internal.convert;

import java.util.List;

import org.wikirefine.Diagnostic;

/**
 * Converts one article, for one variant, the way MediaWiki's LanguageConverter converts a rendered page:
 * segment by segment in document order (infobox, body, references), so that a rule met in one segment
 * ({@code -{H|…}-}, {@code -{A|…}-}, noteTA output) applies to every later segment and to the title.
 * Segments are rendered text (links already reduced to labels) that may contain {@code -{ }-} markup and
 * the marks of {@link ConversionMarks}. Not thread-safe: one session per render.
 */
public interface ConversionSession {

    /** Converts one segment and returns the display text, with all conversion markup resolved. */
    String convert(String segment);

    /**
     * Converts the page title after all segments, following MediaWiki: a {@code DISPLAYTITLE} wins unconverted;
     * else a {@code -{T|…}-} rule; else the title converted with every rule collected so far.
     *
     * @param sourceTitle  the title as stored
     * @param displayTitle the value of {@code {{DISPLAYTITLE:…}}}, or {@code null}
     */
    String title(String sourceTitle, String displayTitle);

    /** Conversion rules applied so far (page-level rules added to or removed from the tables), for the work budget. */
    default int rulesApplied() {
        return 0;
    }

    /** Problems met so far (bad rules, depth limit, unclosed markup…). */
    List<Diagnostic> diagnostics();
}
