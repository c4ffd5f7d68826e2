package org.wikirefine.internal.wikitext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Preprocessor nodes laid out as one string for the line-based block and inline phases: text as it is, each
 * template, parameter or extension tag as one {@link #ATOM} character, comments left out. {@code quoteMarkup}
 * marks the apostrophes that are bold/italic markup, {@code quoteTags} the bold/italic element tags they (and line
 * ends) stand for ({@link Quotes}).
 */
final class Flat {

    /** Stands for one preprocessor node; U+FFFF is a noncharacter that XML (hence a dump) cannot hold. */
    static final char ATOM = '\uFFFF';

    final String text;
    /**
     * {@link #text}'s units, for per-unit scans and range copies: an atom makes the text a UTF-16 string, whose
     * {@code charAt} checks bounds and coder per unit and whose ranges a Latin-1 builder copies one unit at a time.
     */
    final char[] chars;
    private final List<WikiNode> atoms;
    private final int[] atomPositions;
    final java.util.BitSet quoteMarkup;
    final java.util.Map<Integer, List<String>> quoteTags;
    /** The positions {@link #quoteTags} has tags for: a per-unit test without boxing the position. */
    final java.util.BitSet quoteTagAt = new java.util.BitSet();

    private Flat(String text, List<WikiNode> atoms, int[] atomPositions) {
        this.text = text;
        this.chars = text.toCharArray();
        this.atoms = atoms;
        this.atomPositions = atomPositions;
        Quotes.Result quotes = Quotes.read(text);
        this.quoteMarkup = quotes.markup();
        this.quoteTags = quotes.tags();
        quoteTags.keySet().forEach(quoteTagAt::set);
    }

    static Flat of(List<WikiNode> nodes) {
        StringBuilder sb = new StringBuilder();
        List<WikiNode> atoms = new ArrayList<>();
        int[] positions = new int[8];
        for (WikiNode node : nodes) {
            if (node instanceof WikiNode.Text t) {
                if (t.text().indexOf(ATOM) >= 0) {
                    throw new Decline("the text holds U+FFFF");
                }
                sb.append(t.text());
            } else if (!(node instanceof WikiNode.Comment)) {
                if (atoms.size() == positions.length) {
                    positions = Arrays.copyOf(positions, positions.length * 2);
                }
                positions[atoms.size()] = sb.length();
                atoms.add(node);
                sb.append(ATOM);
            }
        }
        return new Flat(sb.toString(), atoms, Arrays.copyOf(positions, atoms.size()));
    }

    WikiNode atomAt(int pos) {
        return atoms.get(Arrays.binarySearch(atomPositions, pos));
    }
}
