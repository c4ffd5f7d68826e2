package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.List;

import org.wikirefine.internal.model.Inline;

/**
 * Where MediaWiki splits {@code ; term : definition} written on one line, for both walkers (Sweble does not split
 * it; the native parser leaves it to us): the first {@code :} of the term's own text, not inside a link (links are
 * separate inlines) and not inside {@code -{ }-} conversion markup (T153135).
 */
final class TermSplit {

    private TermSplit() {
    }

    /** The split point, encoded as index*65536+offset into the content; -1 if none. */
    static int at(List<Inline> content) {
        int conv = 0;
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i) instanceof Inline.Text t) {
                String s = t.text();
                for (int k = 0; k < s.length() && k < 65536; k++) {
                    char c = s.charAt(k);
                    if (c == '-' && k + 1 < s.length() && s.charAt(k + 1) == '{') {
                        conv++;
                        k++;
                    } else if (c == '}' && k + 1 < s.length() && s.charAt(k + 1) == '-' && conv > 0) {
                        conv--;
                        k++;
                    } else if (c == ':' && conv == 0) {
                        return i * 65536 + k;
                    }
                }
            }
        }
        return -1;
    }

    /** The term: the content before the split. */
    static List<Inline> before(List<Inline> content, int split) {
        int idx = split / 65536;
        int off = split % 65536;
        List<Inline> out = new ArrayList<>(content.subList(0, idx));
        String t = ((Inline.Text) content.get(idx)).text().substring(0, off);
        if (!t.isEmpty()) {
            out.add(new Inline.Text(t));
        }
        return out;
    }

    /** The definition: the content after the split's colon. */
    static List<Inline> after(List<Inline> content, int split) {
        int idx = split / 65536;
        int off = split % 65536;
        List<Inline> out = new ArrayList<>();
        String t = ((Inline.Text) content.get(idx)).text().substring(off + 1);
        if (!t.isEmpty()) {
            out.add(new Inline.Text(t));
        }
        out.addAll(content.subList(idx + 1, content.size()));
        return out;
    }
}
