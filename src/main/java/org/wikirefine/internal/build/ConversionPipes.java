package org.wikirefine.internal.build;

/**
 * MediaWiki's preprocessor treats {@code -{ … }-} as a bracket pair, so a {@code |} inside it never splits template
 * arguments ({@code {{1x|-{R|foo}-}}} shows {@code foo}, conversion-semantics.md 1.1). Sweble's preprocessor does
 * not know that bracket, so before parsing we replace each {@code |} that sits directly inside {@code -{ }-} (not
 * inside a link or template within it) by a private-use stand-in, and put it back in every text we read from the
 * tree.
 */
final class ConversionPipes {

    static final char PIPE = '\uE010';

    private ConversionPipes() {
    }

    static String protect(String text) {
        if (text.indexOf("-{") < 0 || text.indexOf("{{") < 0) {
            return text;
        }
        StringBuilder sb = null;
        int templates = 0; // open {{ outside conversion markup: only there can a | split an argument
        int conv = 0;
        int inner = 0;     // [[ and {{ opened inside the conversion markup
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            if (c == '-' && next == '{') {
                conv++;
                i++;
                continue;
            }
            if (conv == 0) {
                if (c == '{' && next == '{') {
                    templates++;
                    i++;
                } else if (c == '}' && next == '}' && templates > 0) {
                    templates--;
                    i++;
                }
                continue;
            }
            if (c == '}' && next == '-' && inner == 0) {
                conv--;
                i++;
                continue;
            }
            if ((c == '[' && next == '[') || (c == '{' && next == '{')) {
                inner++;
                i++;
                continue;
            }
            if ((c == ']' && next == ']') || (c == '}' && next == '}')) {
                if (inner > 0) {
                    inner--;
                }
                i++;
                continue;
            }
            if (c == '|' && inner == 0 && templates > 0) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, PIPE);
            }
        }
        return sb == null ? text : sb.toString();
    }

    static String restore(String text) {
        return text.indexOf(PIPE) < 0 ? text : text.replace(PIPE, '|');
    }
}
