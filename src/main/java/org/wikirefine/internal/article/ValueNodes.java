package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.wikirefine.internal.wikitext.WikiNode;
import org.wikirefine.internal.wikitext.WikitextParser;

/**
 * The template argument values of one page's tree, found again by the text a handler asks to parse. Handlers see a
 * value only as the {@link org.wikirefine.TemplateCall.Parameter} string (a public type, no parse tree in it), and
 * nearly always pass that very string on: so the value is found first by the identity of that string, which costs
 * no hashing of its text. Only a string the walker did not hand out (a copy a handler trimmed, a ref body that
 * happens to equal a value) is looked up by its text, through an index built on the first such request and kept
 * up to date from then on: most arguments are never asked for, and hashing each one's text when its call was met
 * cost more than their parse.
 */
final class ValueNodes {

    /** Arguments by their value string's identity ({@link WikiNode.Argument#rawValue()}). */
    private final Map<String, WikiNode.Argument> byInstance = new IdentityHashMap<>();
    /** Arguments in the order they were met; those from {@link #indexed} on are not in {@link #byText} yet. */
    private final List<WikiNode.Argument> met = new ArrayList<>();
    private int indexed;
    /** Stripped value text to the nodes of the first argument met with that text. */
    private final Map<String, List<WikiNode>> byText = new HashMap<>();

    /** Records an argument of a call being walked. */
    void add(WikiNode.Argument argument) {
        byInstance.put(argument.rawValue(), argument);
        met.add(argument);
    }

    /**
     * The nodes of the value a handler passed as {@code wikitext} (stripped: {@code stripped}), without the
     * whitespace at its ends; null if it is no argument value of the page.
     */
    List<WikiNode> nodes(String wikitext, String stripped) {
        WikiNode.Argument a = byInstance.get(wikitext);
        if (a != null) {
            if (a.name() == null) {
                return WikitextParser.trimmed(a.value());
            }
            if (stripped == wikitext) {
                // A named value is trimmed of ASCII whitespace only; one with other spaces at its ends (U+3000) is
                // looked up by its stripped text, as before.
                return a.value();
            }
        }
        indexUpToDate();
        return byText.get(stripped);
    }

    /** Adds the arguments met since the last text lookup to the text index (the first one with a text wins). */
    private void indexUpToDate() {
        for (; indexed < met.size(); indexed++) {
            WikiNode.Argument a = met.get(indexed);
            if (a.name() != null) {
                byText.putIfAbsent(a.rawValue(), a.value());
            } else if (!a.rawValue().isBlank()) {
                byText.computeIfAbsent(a.rawValue().strip(), k -> WikitextParser.trimmed(a.value()));
            }
        }
    }
}
