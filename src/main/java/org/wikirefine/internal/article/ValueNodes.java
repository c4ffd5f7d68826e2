package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wikirefine.internal.wikitext.WikiNode;
import org.wikirefine.internal.wikitext.WikitextParser;

/**
 * The template argument values of one page's tree, found again by the text a handler asks to parse (handlers see a
 * value only as the {@link org.wikirefine.TemplateCall.Parameter} string, a public type without a parse tree).
 * Most arguments are never asked for, and most fragments asked for are no argument (ref bodies, text a rule
 * composed), so the index costs nothing per argument met and is brought up to date only when a fragment is looked
 * up; it is keyed by the value's length and end characters, so neither side's text is hashed, and a candidate is
 * compared in place. As with a map by text, the first argument met with a text gives the nodes.
 */
final class ValueNodes {

    /** Arguments in the order they were met; those from {@link #indexed} on are not in {@link #byShape} yet. */
    private final List<WikiNode.Argument> met = new ArrayList<>();
    private int indexed;
    /** Arguments by {@link #shape} of their stripped value, in the order met. */
    private final Map<Long, List<WikiNode.Argument>> byShape = new HashMap<>();

    /** Records an argument of a call being walked. */
    void add(WikiNode.Argument argument) {
        met.add(argument);
    }

    /**
     * The nodes of the argument value whose text, without the whitespace at its ends, is {@code stripped} (not
     * empty), likewise without that whitespace; null if no argument met so far has that value.
     */
    List<WikiNode> nodes(String stripped) {
        indexUpToDate();
        List<WikiNode.Argument> candidates = byShape.get(shape(stripped, 0, stripped.length()));
        if (candidates == null) {
            return null;
        }
        for (WikiNode.Argument a : candidates) {
            String v = a.rawValue();
            int from = valueStart(a);
            if (valueEnd(a, from) - from == stripped.length() && v.regionMatches(from, stripped, 0, stripped.length())) {
                // Named values are trimmed already (the tree's nodes too); positional ones keep their spaces.
                return a.name() != null ? a.value() : WikitextParser.trimmed(a.value());
            }
        }
        return null;
    }

    private void indexUpToDate() {
        for (; indexed < met.size(); indexed++) {
            WikiNode.Argument a = met.get(indexed);
            int from = valueStart(a);
            int to = valueEnd(a, from);
            if (a.name() == null && from == to) {
                continue; // a blank positional value is never asked for (the builder returns no content at once)
            }
            byShape.computeIfAbsent(shape(a.rawValue(), from, to), k -> new ArrayList<>(1)).add(a);
        }
    }

    /**
     * Where the text a handler would ask for starts: a named value as the parameter gives it (MediaWiki trims it,
     * of ASCII whitespace: a value ending in U+3000 is asked for stripped and so is not found, and is parsed from
     * its text), a positional one without the whitespace {@link String#strip()} removes.
     */
    private static int valueStart(WikiNode.Argument a) {
        String v = a.rawValue();
        int i = 0;
        if (a.name() == null) {
            while (i < v.length() && Character.isWhitespace(v.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static int valueEnd(WikiNode.Argument a, int from) {
        String v = a.rawValue();
        int i = v.length();
        if (a.name() == null) {
            while (i > from && Character.isWhitespace(v.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** Length and end characters of {@code text[from, to)}: cheap to take, and few values share them. */
    private static long shape(String text, int from, int to) {
        if (from == to) {
            return 0;
        }
        return (long) (to - from) << 32 | (long) text.charAt(from) << 16 | text.charAt(to - 1);
    }
}
