package org.wikirefine.internal;

/**
 * Every internal mark, in one place: the private-use characters our stages put into text to carry what plain text
 * cannot (placeholders, reference markers, links, drop marks), and the range reserved for them. Input characters in
 * this range are removed where text enters the pipeline ({@link PageInput}), so any such character the writers see is
 * ours, and {@link #removeFrom} at the writer makes sure none reaches output. The classes that read and write a kind
 * of mark ({@code convert/ConversionMarks}, {@code render/MarkerText}, {@code render/LinkMarks},
 * {@code model/Inline.DROPPED}, {@code render/TextTidy}) name these constants, never a character of their own.
 */
public final class InternalMarks {

    /** First character of the reserved range. */
    public static final char FIRST = '\uE000';
    /** Last character of the reserved range (room for more marks; all unassigned ones are reserved too). */
    public static final char LAST = '\uE01F';

    // ---- conversion: what the renderer hands the conversion session, as MediaWiki's strip markers

    /** Starts an opaque placeholder (nowiki, pre, math, a reference marker…): {@code STRIP_START index STRIP_END}. */
    public static final char STRIP_START = '\uE000';
    /** Ends a placeholder; the session copies it unchanged and the renderer swaps its content back. */
    public static final char STRIP_END = '\uE001';
    /** Starts text autoConvert skips (a {@code <code>} element): {@code -{ }-} resolved, characters not converted. */
    public static final char CODE_START = '\uE002';
    /** Ends such text; the session drops both marks from its output. */
    public static final char CODE_END = '\uE003';

    // ---- reference markers in rendered text: REF_START label REF_LIST list-index [REF_SUFFIX suffix] REF_END

    /** Starts a reference marker; each writer replaces the whole marker ({@code [n]}, {@code [^n]} or nothing). */
    public static final char REF_START = '\uE004';
    /** Ends a reference marker. */
    public static final char REF_END = '\uE005';
    /** Separates a marker's label from a suffix shown after it (page numbers from {@code {{rp}}}). */
    public static final char REF_SUFFIX = '\uE007';
    /** Separates a marker's label from the index of the reference list that shows the entry (-1: not listed). */
    public static final char REF_LIST = '\uE008';

    // ---- the drop mark

    /**
     * Where a template was dropped (it showed nothing): lets the renderer remove only the brackets and separators the
     * dropped template leaves empty, never brackets the author wrote.
     */
    public static final char DROP = '\uE006';

    // ---- links in the rendering made for Markdown: LINK_EXTERNAL|LINK_INTERNAL target LINK_LABEL label LINK_END

    /** Starts an external link (its URL follows). */
    public static final char LINK_EXTERNAL = '\uE009';
    /** Starts an internal link (its target URL follows). */
    public static final char LINK_INTERNAL = '\uE00A';
    /** Ends a link's target; its shown label follows. */
    public static final char LINK_LABEL = '\uE00B';
    /** Ends a link. */
    public static final char LINK_END = '\uE00C';

    // ---- emphasis in the rendering made for Markdown: EMPHASIS_ITALIC|EMPHASIS_BOLD content EMPHASIS_END

    /** Starts italic content (render.EmphasisMarks). */
    public static final char EMPHASIS_ITALIC = '\uE00D';
    /** Starts bold content. */
    public static final char EMPHASIS_BOLD = '\uE00E';
    /** Ends emphasis. */
    public static final char EMPHASIS_END = '\uE00F';

    // ---- rule blocks: RULES_START id RULES_END stands for a conversion group's hidden rules (convert.RuleBlock)

    /** Starts a rule-block token (its decimal id follows). */
    public static final char RULES_START = '\uE010';
    /** Ends a rule-block token. */
    public static final char RULES_END = '\uE011';

    /**
     * Set (to {@code true}) by the test suite: a mark that reaches the writer is then an exception, so a leak is
     * found and fixed at its cause instead of being hidden by the safety net.
     */
    static final String STRICT_PROPERTY = "wikirefine.marks.strict";
    private static final boolean STRICT = Boolean.getBoolean(STRICT_PROPERTY);

    private InternalMarks() {
    }

    public static boolean isReserved(char c) {
        return c >= FIRST && c <= LAST;
    }

    /** True if the text holds a reserved character. */
    public static boolean containsAny(String s) {
        // Copied out in chunks: a whole output is scanned here, and charAt on a UTF-16 string checks bounds and
        // coder per unit; a chunk is copied at array speed and its loop has neither check.
        char[] chunk = new char[Math.min(s.length(), 2048)];
        for (int from = 0; from < s.length(); from += chunk.length) {
            int to = Math.min(s.length(), from + chunk.length);
            s.getChars(from, to, chunk, 0);
            for (int k = 0; k < to - from; k++) {
                if (isReserved(chunk[k])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The output safety net: the text without reserved characters. Since input never carries them, any found here
     * is a leak of ours; under {@link #STRICT_PROPERTY} that is an {@link IllegalStateException}.
     */
    public static String removeFrom(String s) {
        if (s == null || !containsAny(s)) {
            return s;
        }
        if (STRICT) {
            int at = 0;
            while (!isReserved(s.charAt(at))) {
                at++;
            }
            throw new IllegalStateException("internal mark U+" + Integer.toHexString(s.charAt(at)).toUpperCase()
                    + " reached the output at " + at + ": " + s.substring(Math.max(0, at - 40), Math.min(s.length(), at + 40)));
        }
        return strip(s);
    }

    /** The text without reserved characters, for messages that quote marked text on purpose (diagnostics). */
    public static String strip(String s) {
        if (s == null || !containsAny(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isReserved(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
