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
 * A call's arguments are only listed when the call is walked; they go into the index by text when a fragment is
 * next looked up, so arguments met after the page's last lookup are never hashed. The first argument met with a
 * text gives the nodes.
 */
final class ValueNodes {

    /** The argument lists of the calls walked, in order; those from {@link #indexed} on are not in the index yet. */
    private final List<List<WikiNode.Argument>> met = new ArrayList<>();
    private int indexed;
    /** Stripped value text to the value's nodes, stripped likewise. */
    private final Map<String, List<WikiNode>> byText = new HashMap<>();

    /** Records the arguments of a call being walked. */
    void add(List<WikiNode.Argument> arguments) {
        if (!arguments.isEmpty()) {
            met.add(arguments);
        }
    }

    /**
     * The nodes of the argument value whose text, without the whitespace at its ends, is {@code stripped} (not
     * empty), likewise without that whitespace; null if no argument met so far has that value.
     */
    List<WikiNode> nodes(String stripped) {
        for (; indexed < met.size(); indexed++) {
            for (WikiNode.Argument a : met.get(indexed)) {
                index(a);
            }
        }
        return byText.get(stripped);
    }

    /**
     * A named value is keyed as the parameter gives it (MediaWiki trims it of ASCII whitespace: one ending in U+3000
     * is asked for without it, so not found, and parsed from its text), a positional one without the whitespace
     * {@link String#strip()} removes; a blank positional value is never asked for (the builder returns no content).
     */
    private void index(WikiNode.Argument a) {
        String v = a.rawValue();
        if (a.name() != null) {
            byText.putIfAbsent(v, a.value());
        } else if (!v.isBlank()) {
            byText.computeIfAbsent(v.strip(), k -> WikitextParser.trimmed(a.value()));
        }
    }
}
