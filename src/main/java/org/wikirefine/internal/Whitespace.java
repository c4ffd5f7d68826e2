package org.wikirefine.internal;

/**
 * Whitespace folding for names and values, without regular expressions: these run once or more per template call
 * and per citation field, where {@code replaceAll("\\s+", " ")} compiles a pattern and allocates a matcher each
 * time.
 */
public final class Whitespace {

    private Whitespace() {
    }

    /**
     * The text with every run of whitespace (regex {@code \s}: space, tab, line feed, carriage return, form feed,
     * vertical tab; and U+00A0 no-break space) replaced by one space, and none at either end. Ideographic and other
     * Unicode spaces are kept: they are text in CJK values.
     */
    public static String collapse(String s) {
        int n = s.length();
        if (isClean(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True if the text has no whitespace at its ends, none but single spaces inside. */
    private static boolean isClean(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(s.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0';
    }
}
