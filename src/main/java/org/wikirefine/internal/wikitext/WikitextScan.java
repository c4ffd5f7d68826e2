package org.wikirefine.internal.wikitext;

import java.util.ArrayList;
import java.util.List;

/**
 * The quick scans of wikitext that need no parse: where a {@code {{…}}} call ends and how its body splits into
 * parameters. They count brackets greedily from the left and know nothing of comments or tags, so they serve where a
 * best-effort answer is enough (template counting, citation summaries, conversion-group pages, infobox values);
 * pages go through a parser ({@link Preprocessor} or Sweble).
 */
public final class WikitextScan {

    private WikitextScan() {
    }

    /**
     * The index after the {@code }}} that closes the {@code {{} at {@code start}, counting nested double braces
     * (a triple brace counts as a double one and a single one); -1 if it never closes.
     */
    public static int templateEnd(String s, int start) {
        return pairEnd(s, start, "{{", "}}");
    }

    /** The index after the {@code ]]} that closes the first {@code [[} from {@code start}, nesting counted; -1 if none. */
    public static int linkEnd(String s, int start) {
        return pairEnd(s, start, "[[", "]]");
    }

    private static int pairEnd(String s, int start, String open, String close) {
        int depth = 0;
        int i = start;
        while (i < s.length() - 1) {
            if (s.startsWith(open, i)) {
                depth++;
                i += 2;
            } else if (s.startsWith(close, i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Whether the text is exactly one {@code {{…}}} call (or one that runs unclosed to the text's end). */
    public static boolean isSingleCall(String s) {
        if (!s.startsWith("{{")) {
            return false;
        }
        int end = templateEnd(s, 0);
        return end < 0 || end == s.length();
    }

    /**
     * Splits a call's body ({@code name|a|b=c}) at each {@code |} outside nested {@code {{ }}} and {@code [[ ]]}, and
     * also outside {@code -{ }-} when {@code conversionBrackets} is set (MediaWiki's preprocessor treats that as a
     * bracket pair). A closer without an opener is passed over.
     */
    public static List<String> splitTopLevel(String body, boolean conversionBrackets) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            char n = i + 1 < body.length() ? body.charAt(i + 1) : 0;
            if ((c == '{' && n == '{') || (c == '[' && n == '[') || (conversionBrackets && c == '-' && n == '{')) {
                depth++;
                i++;
            } else if ((c == '}' && n == '}') || (c == ']' && n == ']') || (conversionBrackets && c == '}' && n == '-')) {
                depth = Math.max(0, depth - 1);
                i++;
            } else if (c == '|' && depth == 0) {
                parts.add(body.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(body.substring(from));
        return parts;
    }
}
