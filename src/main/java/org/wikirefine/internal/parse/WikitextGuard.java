package org.wikirefine.internal.parse;

import java.util.Optional;

/**
 * A linear pre-check in front of Sweble. Sweble is near-cubic on runs of unclosed openers and overflows deep
 * stacks (stack-facts.md 1.5, reliability.md 1.4), so pages that look like those classes go to the plain-text
 * fallback instead. Thresholds follow reliability.md section 5: nesting beyond 100 (MediaWiki's, Parsoid's and
 * mwparserfromhell's depth limit), more than 256 unclosed openers of one kind (below the measured blow-up
 * sizes), more than 2 MiB of text (MediaWiki's maximum article size), more than {@value #MAX_CROSSED} crossed
 * pairs such as {@code {{a|[[b}}]]} or {@code {{a|<ref>b}}</ref>} (Sweble backtracks on each: 1,000 of them took
 * 1.8 s, 3,000 took 8.9 s, about n^2.3; 100 cost milliseconds).
 */
public final class WikitextGuard {

    static final int MAX_DEPTH = 100;
    static final int MAX_UNCLOSED = 256;
    static final int MAX_CHARS = 2 * 1024 * 1024;
    static final int MAX_LIST_DEPTH = 100;
    static final int MAX_EXTERNAL_OPENERS = 500;
    static final int MAX_CROSSED = 100;

    private WikitextGuard() {
    }

    /**
     * Empty unless the text is longer than a wiki page may be. The only check a linear parser needs: the native
     * parser bounds its own nesting and handles unclosed and crossed brackets in one pass.
     */
    public static Optional<String> checkSize(String text) {
        int n = text.length();
        if (n > MAX_CHARS) {
            return Optional.of("page has " + n + " characters, more than the " + MAX_CHARS + " a wiki page may have");
        }
        return Optional.empty();
    }

    /** Empty if the text is safe to hand to Sweble; otherwise the reason it is not. */
    public static Optional<String> check(String text) {
        Optional<String> size = checkSize(text);
        if (size.isPresent()) {
            return size;
        }
        int n = text.length();
        int links = 0, maxLinks = 0, templates = 0, maxTemplates = 0, conv = 0, maxConv = 0;
        int brackets = 0, maxBrackets = 0, tables = 0, maxTables = 0, divs = 0, maxDivs = 0;
        int externalOpeners = 0;
        Crossings crossings = new Crossings();
        boolean lineStart = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            if (lineStart) {
                int depth = 0;
                while (i + depth < n && "*#:;".indexOf(text.charAt(i + depth)) >= 0) {
                    depth++;
                }
                if (depth > MAX_LIST_DEPTH) {
                    return Optional.of("list nesting deeper than " + MAX_LIST_DEPTH);
                }
                if (c == '{' && next == '|') {
                    maxTables = Math.max(maxTables, ++tables);
                } else if (c == '|' && next == '}' && tables > 0) {
                    tables--;
                }
            }
            lineStart = c == '\n';
            switch (c) {
                case '[':
                    if (next == '[') {
                        maxLinks = Math.max(maxLinks, ++links);
                        crossings.open(Crossings.LINK);
                        i++;
                    } else {
                        maxBrackets = Math.max(maxBrackets, ++brackets);
                        if (text.startsWith("http", i + 1) || text.startsWith("//", i + 1)) {
                            externalOpeners++;
                        }
                    }
                    break;
                case ']':
                    if (next == ']' && links > 0) {
                        links--;
                        crossings.close(Crossings.LINK);
                        i++;
                    } else if (brackets > 0) {
                        brackets--;
                    }
                    break;
                case '{':
                    if (next == '{') {
                        maxTemplates = Math.max(maxTemplates, ++templates);
                        crossings.open(Crossings.TEMPLATE);
                        i++;
                    }
                    break;
                case '}':
                    if (next == '}' && templates > 0) {
                        templates--;
                        crossings.close(Crossings.TEMPLATE);
                        i++;
                    } else if (next == '-' && conv > 0) {
                        conv--;
                        i++;
                    }
                    break;
                case '-':
                    if (next == '{') {
                        maxConv = Math.max(maxConv, ++conv);
                        i++;
                    }
                    break;
                case '<':
                    // Cheap first-letter test before the region comparison: this runs for every '<' of every page.
                    if ((next == 'd' || next == 'D') && regionMatchesIgnoreCase(text, i + 1, "div")) {
                        maxDivs = Math.max(maxDivs, ++divs);
                    } else if (next == '/' && divs > 0 && regionMatchesIgnoreCase(text, i + 1, "/div")) {
                        divs--;
                    } else if ((next == 'r' || next == 'R') && isRefOpener(text, i + 1)) {
                        crossings.open(Crossings.REF);
                    } else if (next == '/' && regionMatchesIgnoreCase(text, i + 2, "ref>")) {
                        crossings.close(Crossings.REF);
                    }
                    break;
                default:
                    break;
            }
        }
        if (maxLinks > MAX_DEPTH || links > MAX_UNCLOSED) {
            return Optional.of("too many nested or unclosed link brackets (depth " + maxLinks + ", unclosed " + links + ")");
        }
        if (maxTemplates > MAX_DEPTH || templates > MAX_UNCLOSED) {
            return Optional.of("too many nested or unclosed template braces (depth " + maxTemplates + ", unclosed " + templates + ")");
        }
        if (maxConv > MAX_DEPTH || conv > MAX_UNCLOSED) {
            return Optional.of("too many nested or unclosed conversion markers (depth " + maxConv + ", unclosed " + conv + ")");
        }
        if (maxBrackets > MAX_DEPTH || brackets > MAX_UNCLOSED) {
            return Optional.of("too many nested or unclosed square brackets (depth " + maxBrackets + ", unclosed " + brackets + ")");
        }
        if (maxTables > MAX_DEPTH || tables > MAX_UNCLOSED) {
            return Optional.of("too many nested or unclosed tables (depth " + maxTables + ")");
        }
        if (maxDivs > MAX_DEPTH || divs > MAX_UNCLOSED) {
            return Optional.of("too many nested or unclosed div elements (depth " + maxDivs + ", unclosed " + divs + ")");
        }
        if (crossings.count > MAX_CROSSED) {
            return Optional.of("too many crossed brackets such as {{a|[[b}}]] (" + crossings.count + ")");
        }
        if (externalOpeners > MAX_EXTERNAL_OPENERS && brackets > 16) {
            return Optional.of("too many unclosed external links (" + externalOpeners + " openers)");
        }
        return Optional.empty();
    }

    /** {@code <ref>} or {@code <ref …>}, not self-closing. */
    private static boolean isRefOpener(String s, int from) {
        if (!regionMatchesIgnoreCase(s, from, "ref") || from + 3 >= s.length()) {
            return false;
        }
        char c = s.charAt(from + 3);
        if (c == '>') {
            return true;
        }
        if (!Character.isWhitespace(c)) {
            return false;
        }
        // Bounded, so that a run of "<ref x" without '>' stays linear.
        int limit = Math.min(s.length(), from + 1024);
        for (int k = from + 4; k < limit; k++) {
            if (s.charAt(k) == '>') {
                return s.charAt(k - 1) != '/';
            }
        }
        return false;
    }

    /**
     * Counts closers that meet another kind's opener on top ({@code {{a|[[b}}]]}): the closer pops down to its own
     * opener. Amortised linear: each opener is pushed and popped once.
     */
    private static final class Crossings {
        static final byte TEMPLATE = 0;
        static final byte LINK = 1;
        static final byte REF = 2;
        private byte[] stack = new byte[64];
        private final int[] open = new int[3];
        private int top;
        int count;

        void open(byte kind) {
            if (top == stack.length) {
                stack = java.util.Arrays.copyOf(stack, top * 2);
            }
            stack[top++] = kind;
            open[kind]++;
        }

        void close(byte kind) {
            if (open[kind] == 0) {
                return;
            }
            if (stack[top - 1] != kind) {
                count++;
            }
            while (top > 0) {
                byte k = stack[--top];
                open[k]--;
                if (k == kind) {
                    return;
                }
            }
        }
    }

    private static boolean regionMatchesIgnoreCase(String s, int from, String what) {
        return s.regionMatches(true, from, what, 0, what.length());
    }
}
