package org.wikirefine.internal.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.wikirefine.internal.convert.grammar.ConvRuleLexer;
import org.wikirefine.internal.convert.grammar.ConvRuleParser;

/**
 * Splits conversion-rule text with the ConvRule grammar: the flag section (before the first {@code |}) into
 * flag pieces, and a body into chunks at the {@code ;} where MediaWiki splits. Interpretation of the pieces
 * (which flags, which variant, {@code =>}) is {@link ConverterRule}'s job. Results are cached JVM-wide because
 * the same CGroup rules recur on many pages.
 */
final class RuleSyntax {

    /** The pieces of {@code FLAGS|BODY}. {@code flags} is null when there is no {@code |}. */
    record Split(List<String> flags, String body, List<String> chunks) {
    }

    private static final int CACHE_LIMIT = 100_000;
    private static final Map<String, Split> RULE_CACHE = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> BODY_CACHE = new ConcurrentHashMap<>();

    private RuleSyntax() {
    }

    /** Parses the content of {@code -{…}-} (already with nested markup resolved). */
    static Split splitRule(String inner) {
        Split cached = RULE_CACHE.get(inner);
        if (cached != null) {
            return cached;
        }
        Split s = parseRule(inner);
        if (RULE_CACHE.size() >= CACHE_LIMIT) {
            RULE_CACHE.clear();  // crude bound: a dump has a long tail of one-off rules
        }
        RULE_CACHE.put(inner, s);
        return s;
    }

    /** Splits a bare body (no flags) into chunks, as {@code ConverterRule::parseRules} does. */
    static List<String> chunks(String body) {
        List<String> cached = BODY_CACHE.get(body);
        if (cached != null) {
            return cached;
        }
        ConvRuleParser parser = parser(body);
        List<String> out = chunksOf(parser.ruleBody().body(), body);
        if (BODY_CACHE.size() >= CACHE_LIMIT) {
            BODY_CACHE.clear();
        }
        BODY_CACHE.put(body, out);
        return out;
    }

    /** The parse tree of {@code -{…}-} content, for grammar tests and tools. */
    static ParseTree tree(String inner, boolean bareBody) {
        ConvRuleParser parser = parser(inner);
        return bareBody ? parser.ruleBody() : parser.convRule();
    }

    static ConvRuleParser parser(String text) {
        ConvRuleLexer lexer = new ConvRuleLexer(new FoldingCharStream(text));
        lexer.removeErrorListeners();
        ConvRuleParser parser = new ConvRuleParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();  // the grammar accepts every token sequence; nothing to report
        return parser;
    }

    private static Split parseRule(String inner) {
        ConvRuleParser.ConvRuleContext ctx = parser(inner).convRule();
        List<String> flags = null;
        String body = inner;
        if (ctx.flagSection() != null) {
            flags = new ArrayList<>();
            for (ConvRuleParser.FlagPieceContext fp : ctx.flagSection().flagPiece()) {
                flags.add(textOf(fp, inner));
            }
            body = inner.substring(ctx.PIPE().getSymbol().getStopIndex() + 1);
        }
        List<String> chunks = ctx.body() == null ? List.of(body) : chunksOf(ctx.body(), inner);
        return new Split(flags == null ? null : List.copyOf(flags), body, chunks);
    }

    private static List<String> chunksOf(ConvRuleParser.BodyContext body, String source) {
        List<String> out = new ArrayList<>();
        out.add(textOf(body.chunk(), source));
        for (ConvRuleParser.PartChunkContext pc : body.partChunk()) {
            out.add(textOf(pc, source));
        }
        if (body.sep().size() > body.partChunk().size()) {
            out.add("");  // trailing "; " gives an empty last piece, as preg_split does
        }
        return List.copyOf(out);
    }

    /** Source text covered by a context; empty contexts have a stop token before their start token. */
    private static String textOf(ParserRuleContext ctx, String source) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (start == null || stop == null || start.getType() == Token.EOF) {
            return "";
        }
        int a = start.getStartIndex();
        int b = stop.getType() == Token.EOF ? source.length() - 1 : stop.getStopIndex();
        return b < a ? "" : source.substring(a, b + 1);
    }
}
