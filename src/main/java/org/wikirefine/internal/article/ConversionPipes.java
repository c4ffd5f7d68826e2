package org.wikirefine.internal.article;

/**
 * MediaWiki's preprocessor treats {@code -{ … }-} as a bracket pair, so a {@code |} inside it never splits template
 * arguments ({@code {{1x|-{R|foo}-}}} shows {@code foo}, conversion-semantics.md 1.1). Sweble's preprocessor does
 * not know that bracket, so before parsing we replace each {@code |} that sits directly inside {@code -{ }-} (not
 * inside a link or template within it) by a private-use stand-in, and put it back in every text we read from the
 * tree.
 */
final class ConversionPipes {


    private ConversionPipes() {
    }

    static String protect(String text) {
        if (text.indexOf("-{") < 0 || text.indexOf("{{") < 0) {
            return text;
        }
        java.util.List<Integer> pipes = null;
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
                if (pipes == null) {
                    pipes = new java.util.ArrayList<>();
                }
                pipes.add(i);
            }
        }
        if (pipes == null) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + pipes.size() * 5);
        int last = 0;
        for (int at : pipes) {
            sb.append(text, last, at).append("&#124;");
            last = at + 1;
        }
        return sb.append(text, last, text.length()).toString();
    }

    /** Private-use code points (BMP and planes 15–16) as numeric character references. */
    static String escapePrivateUse(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            boolean pua = (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;
            if (pua) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
            } else if (sb != null) {
                sb.append(text, i, i + len);
            }
            i += len;
        }
        return sb == null ? text : sb.toString();
    }

    /** Everything Sweble should get instead of the raw text. */
    static String prepare(String text) {
        return protect(escapePrivateUse(text));
    }

}
