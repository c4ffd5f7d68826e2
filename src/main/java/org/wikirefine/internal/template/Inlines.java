package org.wikirefine.internal.template;

import java.util.ArrayList;
import java.util.List;

import org.wikirefine.internal.model.Inline;

/** Small helpers over inline content used by several handlers. */
public final class Inlines {

    private Inlines() {
    }

    /**
     * Flattens inline content to plain text: link labels, external-link labels (or the URL), {@code <br>} and
     * item separators as one space, reference markers dropped. Used for data values (citation fields), where
     * the reader wants text, not structure.
     */
    public static String plain(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        append(content, sb);
        return org.wikirefine.internal.Whitespace.collapse(sb.toString());
    }

    private static void append(List<Inline> content, StringBuilder sb) {
        for (Inline in : content) {
            if (in instanceof Inline.Text t) {
                sb.append(t.text().replace(Inline.DROPPED, ""));
            } else if (in instanceof Inline.Verbatim v) {
                sb.append(v.text());
            } else if (in instanceof Inline.Code c) {
                sb.append(c.text());
            } else if (in instanceof Inline.InternalLink l) {
                append(l.label(), sb);
            } else if (in instanceof Inline.Emphasis e) {
                append(e.content(), sb);
            } else if (in instanceof Inline.ExternalLink e) {
                if (e.label().isEmpty()) {
                    sb.append(e.url());
                } else {
                    append(e.label(), sb);
                }
            } else if (in instanceof Inline.LineBreak) {
                sb.append(' ');
            }
        }
    }

    /**
     * Tidies an infobox value or a list item: leading and trailing line breaks and blank text removed, runs of
     * line breaks collapsed to one (an empty item must not become an empty line).
     */
    public static List<Inline> tidy(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content.size());
        for (Inline in : content) {
            if (in instanceof Inline.LineBreak) {
                if (out.isEmpty() || endsWithBreak(out)) {
                    // trim blank text before a break already handled by endsWithBreak
                    continue;
                }
            }
            out.add(in);
        }
        while (!out.isEmpty() && isBlankOrBreak(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        while (!out.isEmpty() && isBlankOrBreak(out.get(0))) {
            out.remove(0);
        }
        return out;
    }

    private static boolean endsWithBreak(List<Inline> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Inline in = out.get(i);
            if (in instanceof Inline.LineBreak) {
                return true;
            }
            if (!(in instanceof Inline.Text t && t.text().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlankOrBreak(Inline in) {
        return in instanceof Inline.LineBreak || (in instanceof Inline.Text t && t.text().isBlank());
    }

    /** Whether content is empty once tidied. */
    public static boolean isBlank(List<Inline> content) {
        return tidy(content).isEmpty();
    }
}
