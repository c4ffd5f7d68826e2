package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.List;

import org.wikirefine.internal.model.Block;
import org.wikirefine.internal.model.Inline;

/**
 * Where MediaWiki splits {@code ; term : definition} written on one line, for both walkers (Sweble does not split
 * it; the native parser leaves it to us): the first {@code :} of the term's own text, not inside a link (links are
 * separate inlines) and not inside {@code -{ }-} conversion markup (T153135).
 */
final class TermSplit {

    private TermSplit() {
    }

    /**
     * Adds one list item: a term written as {@code ; term : definition} on one line becomes a term and a definition
     * (MediaWiki splits it at the first colon; Sweble does not, and the native parser leaves it to us), the nested
     * blocks going with the definition; any other item as it is.
     */
    static void addItem(Block.ListKind kind, List<Inline> content, List<Block> children, List<Block.ListItem> items) {
        int split = kind == Block.ListKind.TERM ? at(content) : -1;
        if (split < 0) {
            items.add(new Block.ListItem(kind, content, children));
            return;
        }
        items.add(new Block.ListItem(Block.ListKind.TERM, before(content, split), List.of()));
        items.add(new Block.ListItem(Block.ListKind.DEFINITION, after(content, split), children));
    }

    /**
     * The split point, encoded as index*65536+offset, the offset counted in the text of that inline (bold and italic
     * text included); -1 if none.
     */
    private static int at(List<Inline> content) {
        int[] conv = {0};
        for (int i = 0; i < content.size(); i++) {
            int at = colon(content.get(i), conv);
            if (at >= 0) {
                return i * 65536 + at;
            }
        }
        return -1;
    }

    /** The offset of the first split colon in the text of {@code in}, or -1; {@code conv} is the -{ }- depth. */
    private static int colon(Inline in, int[] conv) {
        if (in instanceof Inline.Text t) {
            String s = t.text();
            for (int k = 0; k < s.length() && k < 65536; k++) {
                char c = s.charAt(k);
                if (c == '-' && k + 1 < s.length() && s.charAt(k + 1) == '{') {
                    conv[0]++;
                    k++;
                } else if (c == '}' && k + 1 < s.length() && s.charAt(k + 1) == '-' && conv[0] > 0) {
                    conv[0]--;
                    k++;
                } else if (c == ':' && conv[0] == 0) {
                    return k;
                }
            }
        } else if (in instanceof Inline.Emphasis e) {
            int seen = 0;
            for (Inline c : e.content()) {
                int at = colon(c, conv);
                if (at >= 0) {
                    return seen + at < 65536 ? seen + at : -1;
                }
                seen += textLength(c);
            }
        }
        return -1;
    }

    private static int textLength(Inline in) {
        if (in instanceof Inline.Text t) {
            return t.text().length();
        }
        int n = 0;
        if (in instanceof Inline.Emphasis e) {
            for (Inline c : e.content()) {
                n += textLength(c);
            }
        }
        return n;
    }

    private static List<Inline> before(List<Inline> content, int split) {
        List<Inline> out = new ArrayList<>(content.subList(0, split / 65536));
        out.addAll(cut(content.get(split / 65536), split % 65536, true));
        return out;
    }

    private static List<Inline> after(List<Inline> content, int split) {
        List<Inline> out = new ArrayList<>(cut(content.get(split / 65536), split % 65536, false));
        out.addAll(content.subList(split / 65536 + 1, content.size()));
        return out;
    }

    /** The part of {@code in} before (or after) the colon at text offset {@code at}; an emphasis stays around it. */
    private static List<Inline> cut(Inline in, int at, boolean before) {
        List<Inline> out = new ArrayList<>();
        if (in instanceof Inline.Text t) {
            String part = before ? t.text().substring(0, at) : t.text().substring(at + 1);
            if (!part.isEmpty()) {
                out.add(new Inline.Text(part));
            }
        } else if (in instanceof Inline.Emphasis e) {
            List<Inline> inner = new ArrayList<>();
            int seen = 0;
            for (Inline c : e.content()) {
                int len = textLength(c);
                boolean holds = at >= seen && at < seen + len;
                if (holds) {
                    inner.addAll(cut(c, at - seen, before));
                } else if ((seen + len <= at) == before) {
                    inner.add(c);
                }
                seen += len;
            }
            Inline.Emphasis.addTo(out, e.style(), inner);
        }
        return out;
    }
}
