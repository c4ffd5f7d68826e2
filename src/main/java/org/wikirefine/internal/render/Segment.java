package org.wikirefine.internal.render;

import java.util.ArrayList;
import java.util.List;

import org.wikirefine.internal.convert.ConversionMarks;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.reference.RefLabels;
import org.wikirefine.internal.site.SiteUrls;

/**
 * One piece of text for the conversion pass: inline content flattened to a string with whitespace normalised,
 * verbatim parts and reference markers replaced by strip marks (as MediaWiki's strip markers), {@code <code>}
 * wrapped in code marks. After conversion, {@link #unstrip(String)} puts the protected parts back; reference markers
 * come back as {@link MarkerText} marks for the writers. The rendering for Markdown also keeps links
 * ({@link LinkMarks}) and bold and italic ({@link EmphasisMarks}).
 */
final class Segment {

    private final StringBuilder text = new StringBuilder();
    private final List<String> stripped = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final List<Integer> refNumbers = new ArrayList<>();
    private final List<String> refLabels = new ArrayList<>();

    /** Where internal link targets point; {@code null} for a plain segment (links show their labels only). */
    private final String articlePath;
    /**
     * How many links enclose the content being appended: a link inside a link's label ({@code [http://x [[A]]]})
     * shows its label only, since Markdown has no nested links.
     */
    private int linkDepth;

    private Segment(String articlePath) {
        this.articlePath = articlePath;
    }

    static Segment of(List<Inline> content) {
        return of(content, null);
    }

    /**
     * A segment whose links keep their targets as {@link LinkMarks} when {@code articlePath} (with {@code $1}) is
     * given: the rendering for Markdown.
     */
    static Segment of(List<Inline> content, String articlePath) {
        Segment s = new Segment(articlePath);
        s.append(content);
        return s;
    }

    private void append(List<Inline> content) {
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                appendText(t.text());
            } else if (i instanceof Inline.Verbatim v) {
                strip(v.text());
            } else if (i instanceof Inline.Code c) {
                text.append(ConversionMarks.CODE_START).append(c.text()).append(ConversionMarks.CODE_END);
            } else if (i instanceof Inline.InternalLink l) {
                links.add(l.target());
                String url = articlePath == null || linkDepth > 0 ? null : SiteUrls.pageUrl(articlePath, l.target());
                if (url != null) {
                    text.append(LinkMarks.INTERNAL);
                    strip(url);
                    text.append(LinkMarks.LABEL);
                }
                appendLabel(l.label());
                if (url != null) {
                    text.append(LinkMarks.END);
                }
            } else if (i instanceof Inline.ExternalLink l) {
                boolean marked = articlePath != null && linkDepth == 0 && !l.url().isBlank();
                if (marked) {
                    text.append(LinkMarks.EXTERNAL);
                    strip(l.url());
                    text.append(LinkMarks.LABEL);
                }
                if (l.label().isEmpty()) {
                    strip(l.url());
                } else {
                    appendLabel(l.label());
                }
                if (marked) {
                    text.append(LinkMarks.END);
                }
            } else if (i instanceof Inline.Emphasis e) {
                emphasis(e);
            } else if (i instanceof Inline.LineBreak) {
                trimTrailingSpace();
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
            } else if (i instanceof Inline.RefMarker m) {
                String label = RefLabels.label(m.use().entry().group(), m.use().entry().number());
                refNumbers.add(m.use().entry().number());
                refLabels.add(label);
                String suffix = m.use().suffix();
                strip(MarkerText.START + MarkerText.inner(label, m.use().entry().listIndex(), suffix) + MarkerText.END);
            }
        }
    }

    private void appendLabel(List<Inline> label) {
        linkDepth++;
        try {
            append(label);
        } finally {
            linkDepth--;
        }
    }

    /** Bold or italic content, between {@link EmphasisMarks} in the rendering for Markdown. */
    private void emphasis(Inline.Emphasis e) {
        if (articlePath == null) {
            append(e.content());
            return;
        }
        text.append(e.style() == Inline.Emphasis.Style.BOLD ? EmphasisMarks.BOLD : EmphasisMarks.ITALIC);
        append(e.content());
        text.append(EmphasisMarks.END);
    }

    /**
     * Appends source text with whitespace as a browser shows it: runs of spaces, tabs and newlines become one
     * space, except that a newline between two CJK characters disappears (a line break in the source of Chinese
     * prose is not a word gap).
     */
    private void appendText(String s) {
        int n = s.length();
        int k = 0;
        while (k < n) {
            int run = k;
            while (run < n && (!isSpace(s.charAt(run)) || isWordGap(s, run))) {
                run++;
            }
            text.append(s, k, run);
            if (run == n) {
                return;
            }
            boolean newline = false;
            int j = run;
            while (j < n && isSpace(s.charAt(j))) {
                newline |= s.charAt(j) == '\n';
                j++;
            }
            char prev = lastShown();
            char next = j < n ? s.charAt(j) : '\0';
            boolean cjkJoin = newline && isCjk(prev) && (next == '\0' || isCjk(next));
            if (prev != ' ' && prev != '\n' && !cjkJoin) {
                text.append(' ');
            }
            k = j;
        }
    }

    /**
     * A single space between two characters of {@code s} that are neither whitespace nor marks: shown as it is (the
     * character before it, just written, is what {@link #lastShown} would find), so it is copied with the words
     * around it instead of being appended on its own.
     */
    private static boolean isWordGap(String s, int at) {
        return s.charAt(at) == ' ' && at > 0 && !isSpace(s.charAt(at - 1)) && !EmphasisMarks.isMark(s.charAt(at - 1))
                && at + 1 < s.length() && !isSpace(s.charAt(at + 1));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The last character written, not counting emphasis marks (they must not change the spacing); a newline first. */
    private char lastShown() {
        int at = text.length() - 1;
        while (at >= 0 && EmphasisMarks.isMark(text.charAt(at))) {
            at--;
        }
        return at < 0 ? '\n' : text.charAt(at);
    }

    private void trimTrailingSpace() {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }

    private void strip(String content) {
        text.append(ConversionMarks.STRIP_START).append(stripped.size()).append(ConversionMarks.STRIP_END);
        stripped.add(content);
    }

    static boolean isCjk(char c) {
        return (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFFEF')
                || (c >= '\u3000' && c <= '\u303F') || Character.isSurrogate(c);
    }

    /** The text handed to the converter. */
    String text() {
        return text.toString();
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    List<String> links() {
        return links;
    }

    List<Integer> refNumbers() {
        return refNumbers;
    }

    List<String> refLabels() {
        return refLabels;
    }

    private static boolean holdsProtectedMarks(String s) {
        return s.indexOf(ConversionMarks.STRIP_START) >= 0 || s.indexOf(ConversionMarks.STRIP_END) >= 0
                || s.indexOf(ConversionMarks.CODE_START) >= 0 || s.indexOf(ConversionMarks.CODE_END) >= 0;
    }

    /** Puts protected parts back into converted text and tidies the spacing that dropped markup left behind. */
    String unstrip(String convertedText) {
        // Tidy first, while protected parts are still marks, so verbatim text keeps its exact spacing.
        String converted = TextTidy.tidy(convertedText);
        if (!holdsProtectedMarks(converted)) {
            return converted;   // most text: four vectorised searches instead of a loop over every unit and a copy
        }
        StringBuilder sb = new StringBuilder(converted.length() + 16);
        int n = converted.length();
        int copied = 0;   // converted[copied, k) is plain text not yet appended: appended in runs, not by character
        for (int k = 0; k < n; k++) {
            char c = converted.charAt(k);
            if (c != ConversionMarks.STRIP_START && c != ConversionMarks.CODE_START && c != ConversionMarks.CODE_END
                    && c != ConversionMarks.STRIP_END) {
                continue;
            }
            sb.append(converted, copied, k);
            copied = k + 1;
            if (c == ConversionMarks.STRIP_START) {
                int end = converted.indexOf(ConversionMarks.STRIP_END, k);
                if (end > k) {
                    try {
                        int idx = Integer.parseInt(converted.substring(k + 1, end));
                        sb.append(stripped.get(idx));
                        k = end;
                        copied = end + 1;
                    } catch (RuntimeException e) {
                        // Not our mark: drop the stray character.
                    }
                }
            }
        }
        sb.append(converted, copied, n);
        return sb.toString();
    }
}
