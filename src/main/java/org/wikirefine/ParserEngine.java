package org.wikirefine;

/**
 * Which wikitext parser a {@link WikiRefiner} uses. Both feed the same article model; pages the native parser does
 * not handle faithfully go through Sweble either way (with an {@code NATIVE_PARSER_DECLINED} diagnostic).
 */
public enum ParserEngine {
    /** Our own linear parser, with Sweble as the fallback for what it declines: the default. */
    NATIVE,
    /** Sweble only: the reference engine. */
    SWEBLE
}
