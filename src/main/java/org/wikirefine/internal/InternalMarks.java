package org.wikirefine.internal;

/**
 * The private-use characters reserved for our internal marks (strip markers, code spans, reference markers, drop
 * marks: {@code ConversionMarks}, {@code MarkerText}, {@code Inline.DROPPED}). Input characters in this range are
 * removed where text enters the pipeline ({@link PageInput}), so any such character the writers see is ours, and
 * {@link #removeFrom} at the writer makes sure none reaches output.
 */
public final class InternalMarks {

    public static final char FIRST = '\uE000';
    public static final char LAST = '\uE01F';

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
        for (int i = 0; i < s.length(); i++) {
            if (isReserved(s.charAt(i))) {
                return true;
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
