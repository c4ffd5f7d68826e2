package org.wikirefine.internal.render;

import org.wikirefine.internal.InternalMarks;

/**
 * Reference markers inside rendered text: {@link #START} label {@link #LIST} list-index [{@link #SUFFIX} suffix]
 * {@link #END}. Each writer replaces them ({@code [n]}, {@code [^n]}, or nothing); no mark survives into output.
 * The characters are named in {@link InternalMarks}.
 */
final class MarkerText {
    static final char START = InternalMarks.REF_START;
    static final char END = InternalMarks.REF_END;
    /** Separates the label from a suffix shown after the marker (page numbers from {@code {{rp}}}). */
    static final char SUFFIX = InternalMarks.REF_SUFFIX;
    /** Separates the label from the index of the reference list that shows the entry (-1: not listed). */
    static final char LIST = InternalMarks.REF_LIST;

    private MarkerText() {
    }

    /** The marker's inner text for an entry shown by list {@code list} (-1 if none), with a suffix or {@code ""}. */
    static String inner(String label, int list, String suffix) {
        return label + LIST + list + (suffix.isEmpty() ? "" : SUFFIX + suffix);
    }

    /** The label of a marker's inner text (without list index and suffix). */
    static String label(String inner) {
        int cut = inner.indexOf(LIST);
        if (cut < 0) {
            cut = inner.indexOf(SUFFIX);
        }
        return cut < 0 ? inner : inner.substring(0, cut);
    }

    /** The index of the reference list that shows the marker's entry; -1 when no list shows it. */
    static int list(String inner) {
        int from = inner.indexOf(LIST);
        if (from < 0) {
            return -1;
        }
        int to = inner.indexOf(SUFFIX, from);
        return Integer.parseInt(inner.substring(from + 1, to < 0 ? inner.length() : to));
    }

    /** The text shown after the marker ({@code {{rp}}} page numbers), or {@code ""}. */
    static String suffix(String inner) {
        int cut = inner.indexOf(SUFFIX);
        return cut < 0 ? "" : inner.substring(cut + 1);
    }

    /** Replaces every marker with {@code prefix + label + suffix}, or removes them when {@code show} is false. */
    static String replace(String text, boolean show, String prefix, String suffix) {
        if (text.indexOf(START) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        int copied = 0;   // text[copied, k) is plain text not yet appended: appended in runs, not by character
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c != START && c != END) {
                continue;
            }
            sb.append(text, copied, k);
            copied = k + 1;
            if (c == START) {
                int end = text.indexOf(END, k);
                if (end < 0) {
                    continue;
                }
                if (show) {
                    String inner = text.substring(k + 1, end);
                    sb.append(prefix).append(label(inner)).append(suffix).append(suffix(inner));
                }
                k = end;
                copied = end + 1;
            }
        }
        sb.append(text, copied, n);
        return show ? sb.toString() : TextTidy.tidy(sb.toString());
    }
}
