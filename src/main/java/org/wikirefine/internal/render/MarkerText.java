package org.wikirefine.internal.render;

/**
 * Reference markers inside rendered text: {@link #START} label {@link #END}. Each writer replaces them ({@code [n]},
 * {@code [^n]}, or nothing); no mark survives into output.
 */
final class MarkerText {
    static final char START = '\uE004';
    static final char END = '\uE005';
    /** Separates the label from a suffix shown after the marker (page numbers from {@code {{rp}}}). */
    static final char SUFFIX = '\uE007';

    private MarkerText() {
    }

    /** The label of a marker's inner text (without any suffix). */
    static String label(String inner) {
        int cut = inner.indexOf(SUFFIX);
        return cut < 0 ? inner : inner.substring(0, cut);
    }

    /** Replaces every marker with {@code prefix + label + suffix}, or removes them when {@code show} is false. */
    static String replace(String text, boolean show, String prefix, String suffix) {
        if (text.indexOf(START) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c == START) {
                int end = text.indexOf(END, k);
                if (end < 0) {
                    continue;
                }
                if (show) {
                    String inner = text.substring(k + 1, end);
                    int cut = inner.indexOf(SUFFIX);
                    sb.append(prefix).append(cut < 0 ? inner : inner.substring(0, cut)).append(suffix);
                    if (cut >= 0) {
                        sb.append(inner, cut + 1, inner.length());
                    }
                }
                k = end;
            } else if (c != END) {
                sb.append(c);
            }
        }
        return show ? sb.toString() : TextTidy.tidy(sb.toString());
    }
}
