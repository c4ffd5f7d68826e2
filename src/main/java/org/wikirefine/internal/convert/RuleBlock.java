package org.wikirefine.internal.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.wikirefine.Variant;

/**
 * The hidden rules of one conversion group, as one unit that recurs unchanged on thousands of pages.
 *
 * <p>{@code {{noteTA|G1=IT}}} stands for about 1,600 {@code -{H|…}-} rules. Emitted as markup, every page that names
 * the group would carry some 50 KB of rule text through the model, the renderer and the converter, and each session
 * would parse the rules and insert every pair into its page table. A block is emitted as a short token instead
 * ({@link ConversionMarks#RULES_START} id {@link ConversionMarks#RULES_END}); its rules are parsed once and, per
 * variant, compiled once into a read-only table (a <em>layer</em>) that every session shares. Applying a layer gives
 * the same table as applying its rules in order (later pairs win), so a session may stack it instead of copying
 * the pairs, as long as no page rule came before it (see {@code ZhConversionSession}).
 *
 * <p>Blocks are interned JVM-wide by their rules (content-addressed, so sharing between refiners with different
 * groups is safe) up to {@link #LIMIT}; past it {@link #of} returns null and the caller emits markup as before.
 * Thread-safe.
 */
final class RuleBlock {

    /** Distinct blocks per JVM: zh.wikipedia has a few hundred public conversion groups. */
    static final int LIMIT = 4_096;

    private static final ConcurrentHashMap<List<String>, RuleBlock> BY_RULES = new ConcurrentHashMap<>();
    private static final AtomicReferenceArray<RuleBlock> BY_ID = new AtomicReferenceArray<>(LIMIT);
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private final int id;
    private final List<String> rules;
    private final String token;
    /** Parsed rules; {@link #UNLAYERED} when a rule cannot be part of a layer. Set once, racily but idempotently. */
    private volatile List<ConverterRule> parsed;
    private final ConcurrentHashMap<Variant, CharTrie> layers = new ConcurrentHashMap<>();

    private static final List<ConverterRule> UNLAYERED = List.of();

    private RuleBlock(int id, List<String> rules) {
        this.id = id;
        this.rules = rules;
        this.token = String.valueOf(ConversionMarks.RULES_START) + id + ConversionMarks.RULES_END;
    }

    /** The block of these rule bodies (each without {@code H|}), or null when the registry is full. */
    static RuleBlock of(List<String> rules) {
        RuleBlock known = BY_RULES.get(rules);
        if (known != null) {
            return known;
        }
        synchronized (BY_RULES) {
            known = BY_RULES.get(rules);
            if (known != null) {
                return known;
            }
            int id = NEXT_ID.get();
            if (id >= LIMIT) {
                return null;
            }
            RuleBlock block = new RuleBlock(id, List.copyOf(rules));
            BY_ID.set(id, block);
            NEXT_ID.set(id + 1);
            BY_RULES.put(block.rules, block);
            return block;
        }
    }

    /** The block with this id, or null. */
    static RuleBlock byId(int id) {
        return id >= 0 && id < LIMIT ? BY_ID.get(id) : null;
    }

    /** The token that stands for this block in rendered text. */
    String token() {
        return token;
    }

    /** The rule bodies, in order, each as it follows {@code -{H|}. */
    List<String> rules() {
        return rules;
    }

    /**
     * The parsed rules if every one of them can be applied as part of a layer (a hidden rule that adds pairs or
     * does nothing, with a display and no title: what conversion-group items are); otherwise null, and the session
     * applies the rules one by one, diagnostics included.
     */
    List<ConverterRule> layerable(ZhVariantConverter owner, Variant variant, ConverterRule.AutoConverter converter) {
        List<ConverterRule> p = parsed;
        if (p == null) {
            p = parse(owner, variant, converter);
            parsed = p;
        }
        return p == UNLAYERED ? null : p;
    }

    private List<ConverterRule> parse(ZhVariantConverter owner, Variant variant, ConverterRule.AutoConverter converter) {
        List<ConverterRule> out = new ArrayList<>(rules.size());
        for (String body : rules) {
            ConverterRule rule = owner.hiddenRule("H|" + body, variant, converter);
            boolean adds = rule.action() == ConverterRule.Action.ADD || rule.action() == ConverterRule.Action.NONE;
            if (!adds || rule.display() == null || rule.hasTitle()) {
                return UNLAYERED;
            }
            out.add(rule);
        }
        return List.copyOf(out);
    }

    /** The variant's pairs of all rules, later rules winning, as a shared read-only table (null if empty). */
    CharTrie layer(Variant variant, List<ConverterRule> parsedRules) {
        CharTrie t = layers.get(variant);
        if (t == null) {
            t = compile(variant, parsedRules);
            CharTrie raced = layers.putIfAbsent(variant, t);
            t = raced != null ? raced : t;
        }
        return t.size() == 0 ? null : t;
    }

    private static CharTrie compile(Variant variant, List<ConverterRule> parsedRules) {
        CharTrie t = CharTrie.sparse();
        for (ConverterRule rule : parsedRules) {
            if (rule.action() != ConverterRule.Action.ADD) {
                continue;
            }
            Map<String, String> pairs = rule.convTable().get(variant);
            if (pairs != null) {
                pairs.forEach(t::put);
            }
        }
        return t;
    }

    /**
     * The end of a token starting at {@code start} (index after {@link ConversionMarks#RULES_END}), or -1 if the
     * text there is not a well-formed token.
     */
    static int tokenEnd(CharSequence text, int start, int limit) {
        int i = start + 1;
        while (i < limit && i - start <= 6 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i > start + 1 && i < limit && text.charAt(i) == ConversionMarks.RULES_END ? i + 1 : -1;
    }

    /** The block of a well-formed token {@code text[start, end)}, or null. */
    static RuleBlock fromToken(CharSequence text, int start, int end) {
        int id = 0;
        for (int i = start + 1; i < end - 1; i++) {
            id = id * 10 + (text.charAt(i) - '0');
        }
        return byId(id);
    }
}
