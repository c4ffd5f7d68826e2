package org.wikirefine.internal.wikitext;

import java.util.List;

/**
 * The native wikitext parser: {@link Preprocessor} (templates, parameters, extension tags, comments) then
 * {@link BlockParser} and {@link InlineParser} over the result. Linear in the input; no regular expressions. Throws
 * {@link Decline} for what it does not handle faithfully, so the caller can use the Sweble path instead.
 * Thread-safe (no state besides the site syntax).
 */
public final class WikitextParser {

    private final SiteSyntax syntax;

    public WikitextParser(SiteSyntax syntax) {
        this.syntax = syntax;
    }

    /** Block nodes of a whole text. */
    public List<WikiNode> parse(String wikitext) {
        return blocks(Preprocessor.parse(wikitext));
    }

    /** Nodes without the whitespace at their ends (as a value's stripped text). */
    public static List<WikiNode> trimmed(List<WikiNode> nodes) {
        return Preprocessor.trim(nodes);
    }

    /** Block nodes over already preprocessed nodes (a template argument's value, parsed with its page). */
    public List<WikiNode> blocks(List<WikiNode> preprocessed) {
        return new BlockParser(Flat.of(preprocessed), syntax).parse();
    }
}
