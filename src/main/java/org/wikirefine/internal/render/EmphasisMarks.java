package org.wikirefine.internal.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bold and italic inside rendered text for the Markdown writer: {@link #BOLD} or {@link #ITALIC}, the content,
 * {@link #END}. Only the rendering made for Markdown carries them ({@link RenderPass#renderWithLinks}).
 * {@link #delimiters} turns them into CommonMark's {@code **}/{@code *} where CommonMark (spec 0.31.2, the rules of
 * "left-flanking" and "right-flanking" delimiter runs) reads them as emphasis, and drops them where it would not, so
 * no stray asterisk is ever shown: the words stay, only the emphasis is lost.
 */
final class EmphasisMarks {
    static final char ITALIC = org.wikirefine.internal.InternalMarks.EMPHASIS_ITALIC;
    static final char BOLD = org.wikirefine.internal.InternalMarks.EMPHASIS_BOLD;
    static final char END = org.wikirefine.internal.InternalMarks.EMPHASIS_END;

    /** Rounds of {@link #delimiters} before it gives up on a text's emphasis (each round is one linear pass). */
    private static final int MAX_ROUNDS = 16;

    private EmphasisMarks() {
    }

    static boolean isMark(char c) {
        return c == ITALIC || c == BOLD || c == END;
    }

    /** The text without emphasis marks (for places that show plain text). */
    static String remove(String text) {
        if (text.indexOf(ITALIC) < 0 && text.indexOf(BOLD) < 0 && text.indexOf(END) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isMark(text.charAt(i))) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    /**
     * Markdown text (escaped, links made) with emphasis marks → the same text with {@code *}/{@code **} delimiters.
     * Spaces at the edges of an emphasis move outside it ({@code **a **b} would not close); an emphasis whose
     * delimiters CommonMark would not read as such (next to punctuation on the wrong side, an empty one, one that
     * would touch the next) is dropped.
     */
    static String delimiters(String text) {
        if (text.indexOf(ITALIC) < 0 && text.indexOf(BOLD) < 0 && text.indexOf(END) < 0) {
            return text;
        }
        List<Object> items = items(text);
        moveSpacesOut(items);
        // Each round drops what is wrong now; dropping can make a neighbour wrong, so repeat until nothing changes.
        boolean changed = true;
        for (int round = 0; changed; round++) {
            if (round == MAX_ROUNDS) {
                items.removeIf(o -> o instanceof Mark); // pathological nesting: the words alone
                break;
            }
            changed = dropEmpty(items) | dropTouching(items) | dropUnreadable(items);
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (Object o : items) {
            if (o instanceof Mark m) {
                sb.append(m.bold ? "**" : "*");
            } else {
                sb.append((char) o);
            }
        }
        return sb.toString();
    }

    /** One delimiter: opening or closing, of a pair. */
    private static final class Mark {
        final boolean bold;
        final boolean open;
        Mark pair;
        boolean dropped;

        Mark(boolean bold, boolean open) {
            this.bold = bold;
            this.open = open;
        }
    }

    /** Characters and paired marks; a mark without its pair is left out. */
    private static List<Object> items(String text) {
        List<Object> items = new ArrayList<>(text.length());
        List<Mark> stack = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ITALIC || c == BOLD) {
                Mark m = new Mark(c == BOLD, true);
                stack.add(m);
                items.add(m);
            } else if (c == END) {
                if (!stack.isEmpty()) {
                    Mark open = stack.remove(stack.size() - 1);
                    Mark close = new Mark(open.bold, false);
                    open.pair = close;
                    close.pair = open;
                    items.add(close);
                }
            } else {
                items.add(c);
            }
        }
        items.removeIf(o -> o instanceof Mark m && m.pair == null); // opened, never closed
        return items;
    }

    private static void moveSpacesOut(List<Object> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Mark m && m.open) {
                int k = i;
                while (k + 1 < items.size() && items.get(k + 1) instanceof Character c && isWhitespace(c)) {
                    items.set(k, c);
                    items.set(k + 1, m);
                    k++;
                }
            }
        }
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i) instanceof Mark m && !m.open) {
                int k = i;
                while (k - 1 >= 0 && items.get(k - 1) instanceof Character c && isWhitespace(c)) {
                    items.set(k, c);
                    items.set(k - 1, m);
                    k--;
                }
            }
        }
    }

    /** An emphasis with nothing inside. */
    private static boolean dropEmpty(List<Object> items) {
        for (int i = 0; i + 1 < items.size(); i++) {
            if (items.get(i) instanceof Mark m && m.open && items.get(i + 1) == m.pair) {
                drop(m);
            }
        }
        return sweep(items);
    }

    /**
     * A closing delimiter right before an opening one would make one run that both closes and opens: two bold (or
     * two italic) texts side by side become one; otherwise the second loses its emphasis.
     */
    private static boolean dropTouching(List<Object> items) {
        for (int i = 0; i + 1 < items.size(); i++) {
            if (items.get(i) instanceof Mark close && !close.open && !close.dropped
                    && items.get(i + 1) instanceof Mark open && open.open && !open.dropped) {
                if (close.bold == open.bold) {
                    close.dropped = true;
                    open.dropped = true;
                    open.pair.pair = close.pair;
                    close.pair.pair = open.pair;
                } else {
                    drop(open);
                }
                i++;
            }
        }
        return sweep(items);
    }

    /** Drops every pair whose delimiters CommonMark would not read as emphasis. */
    private static boolean dropUnreadable(List<Object> items) {
        Map<Mark, Integer> at = new IdentityHashMap<>();
        Map<Mark, Integer> depth = new IdentityHashMap<>();
        int open = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Mark m) {
                at.put(m, i);
                if (m.open) {
                    depth.put(m, open++);
                } else {
                    open--;
                }
            }
        }
        for (Map.Entry<Mark, Integer> e : at.entrySet()) {
            Mark m = e.getKey();
            if (!m.open) {
                continue;
            }
            Run opening = run(items, e.getValue());
            Run closing = run(items, at.get(m.pair));
            boolean ok = opening.leftFlanking() && closing.rightFlanking();
            // CommonMark's "rule of 3": a run that can both open and close pairs only when the lengths allow.
            boolean both = opening.rightFlanking() || closing.leftFlanking();
            if (ok && both && (opening.length + closing.length) % 3 == 0
                    && !(opening.length % 3 == 0 && closing.length % 3 == 0)) {
                ok = false;
            }
            // Inside another emphasis, a run that can both open and close may be paired by CommonMark with a
            // delimiter of the outer one instead (intraword, as in CJK text): only the outer emphasis is kept.
            if (ok && both && depth.get(m) > 0) {
                ok = false;
            }
            if (!ok) {
                drop(m);
            }
        }
        return sweep(items);
    }

    private static void drop(Mark open) {
        open.dropped = true;
        open.pair.dropped = true;
    }

    /** Removes the dropped marks; whether there were any. */
    private static boolean sweep(List<Object> items) {
        return items.removeIf(o -> o instanceof Mark m && m.dropped);
    }

    /** A delimiter run: its asterisks and the characters around it (a newline at the text's edges). */
    private record Run(int length, int before, int after) {
        boolean leftFlanking() {
            return !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
        }

        boolean rightFlanking() {
            return !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
        }
    }

    private static Run run(List<Object> items, int at) {
        int from = at;
        while (from - 1 >= 0 && items.get(from - 1) instanceof Mark) {
            from--;
        }
        int to = at;
        while (to + 1 < items.size() && items.get(to + 1) instanceof Mark) {
            to++;
        }
        int length = 0;
        for (int k = from; k <= to; k++) {
            length += ((Mark) items.get(k)).bold ? 2 : 1;
        }
        return new Run(length, codePointBefore(items, from), codePointAfter(items, to));
    }

    private static int codePointBefore(List<Object> items, int from) {
        if (from == 0 || !(items.get(from - 1) instanceof Character c)) {
            return '\n';
        }
        if (Character.isLowSurrogate(c) && from >= 2 && items.get(from - 2) instanceof Character h
                && Character.isHighSurrogate(h)) {
            return Character.toCodePoint(h, c);
        }
        return c;
    }

    private static int codePointAfter(List<Object> items, int to) {
        if (to + 1 >= items.size() || !(items.get(to + 1) instanceof Character c)) {
            return '\n';
        }
        if (Character.isHighSurrogate(c) && to + 2 < items.size() && items.get(to + 2) instanceof Character l
                && Character.isLowSurrogate(l)) {
            return Character.toCodePoint(c, l);
        }
        return c;
    }

    /** CommonMark's Unicode whitespace: category Zs, tab, line feed, form feed, carriage return. */
    static boolean isWhitespace(int c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** CommonMark 0.31.2's Unicode punctuation: general categories P and S (ASCII punctuation included). */
    static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
