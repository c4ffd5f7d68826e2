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
        List<String> out = chunksOf(parser(body, true).ruleBody().body(), body);
        if (BODY_CACHE.size() >= CACHE_LIMIT) {
            BODY_CACHE.clear();
        }
        BODY_CACHE.put(body, out);
        return out;
    }

    /**
     * The parse tree of {@code -{…}-} content, for grammar tests and tools: {@code convRule} when the text has a
     * {@code |} (MediaWiki takes everything before the first one as flags), else {@code ruleBody}.
     */
    static ParseTree tree(String inner) {
        return inner.indexOf('|') >= 0 ? parser(inner, false).convRule() : parser(inner, true).ruleBody();
    }

    /** A parser over {@code text}; {@code bodyOnly} starts the lexer in BODY mode (there is no flag section). */
    static ConvRuleParser parser(String text, boolean bodyOnly) {
        ConvRuleLexer lexer = new ConvRuleLexer(new FoldingCharStream(text));
        lexer.removeErrorListeners();
        if (bodyOnly) {
            lexer.mode(ConvRuleLexer.BODY);
        }
        ConvRuleParser parser = new ConvRuleParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();  // the grammar accepts every token sequence; nothing to report
        return parser;
    }

    private static Split parseRule(String inner) {
        if (inner.indexOf('|') < 0) {
            return new Split(null, inner, chunks(inner));
        }
        ConvRuleParser.ConvRuleContext ctx = parser(inner, false).convRule();
        List<String> flags = new ArrayList<>();
        for (ConvRuleParser.FlagPieceContext fp : ctx.flagSection().flagPiece()) {
            flags.add(textOf(fp, inner));
        }
        int bodyStart = ctx.PIPE().getSymbol().getStopIndex() + 1;
        String body = inner.substring(bodyStart);
        List<String> chunks = chunksOf(ctx.body(), inner);
        return new Split(List.copyOf(flags), body, chunks);
    }

    /**
     * Chunk texts of a body: the first chunk as written; after a split point, from after {@code ;\s*} to the end of
     * the chunk (the lead "zh-tw:" is inside the SEP token); a final {@code ;} adds an empty piece, as preg_split does.
     */
    private static List<String> chunksOf(ConvRuleParser.BodyContext body, String source) {
        List<String> out = new ArrayList<>();
        int pendingStart = -1;
        int pendingEnd = -1;
        for (ParseTree child : body.children == null ? List.<ParseTree>of() : body.children) {
            if (child instanceof ConvRuleParser.ChunkContext c) {
                if (pendingStart < 0) {
                    out.add(textOf(c, source));
                } else {
                    int end = c.getStop() != null && c.getStop().getStopIndex() >= c.getStart().getStartIndex()
                            && c.getStart().getType() != Token.EOF ? c.getStop().getStopIndex() + 1 : -1;
                    out.add(source.substring(pendingStart, Math.max(pendingStart, end < 0 ? pendingEnd : end)));
                    pendingStart = -1;
                }
            } else if (child instanceof ConvRuleParser.SepContext sep) {
                Token t = sep.getStart();
                int i = t.getStartIndex() + 1;
                while (i <= t.getStopIndex() && isPcreSpace(source.charAt(i))) {
                    i++;
                }
                pendingStart = i;
                pendingEnd = t.getStopIndex() + 1;
            } else if (child instanceof org.antlr.v4.runtime.tree.TerminalNode n
                    && n.getSymbol().getType() == ConvRuleParser.SEMI) {
                out.add("");
            }
        }
        return List.copyOf(out);
    }

    private static boolean isPcreSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
