package org.wikirefine.internal.convert;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wikirefine.Diagnostic;
import org.wikirefine.Variant;

/**
 * One page in one variant: MediaWiki's LanguageConverter run over rendered segments in document order
 * (conversion-semantics.md 1.2, 1.6, 1.7). Page rules go into per-variant overlays on the shared base tables,
 * because a variant filter ({@code -{zh;zh-hk|…}-}) may convert with a fallback variant's table, page rules
 * included. Not thread-safe.
 */
final class ZhConversionSession implements ConversionSession {

    /** MediaWiki's maximum nesting of {@code -{ }-}. */
    static final int MAX_DEPTH = 10;

    private final ZhVariantConverter owner;
    private final Variant variant;
    private final boolean noContentConvert;
    private final boolean noTitleConvert;
    /**
     * Page pairs per variant. Only the session's own variant is kept up to date eagerly; another variant's overlay
     * is built on first use (a variant filter converting with a fallback) by replaying {@link #log}, then kept.
     */
    private final Map<Variant, Overlay> overlays = new EnumMap<>(Variant.class);
    /** Every table change so far, in order, for replaying into overlays built late. */
    private final List<TableChange> log = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private String ruleTitle;
    /** The value found by the last {@link #longest} call (a second return value, without allocating). */
    private String matchValue;

    /**
     * Page pairs for one variant. {@code layers} are shared rule blocks applied before any other page rule, in
     * order (a later layer wins over an earlier one on equal keys); {@code added} keys win over layers and base;
     * removed keys mask layers and base.
     */
    static final class Overlay {
        final List<CharTrie> layers = new ArrayList<>(2);
        final CharTrie added = new CharTrie();
        final Set<String> removed = new HashSet<>();
        /**
         * First units of base, layers and added keys together, made on the first translation and kept up to date:
         * most positions of a text start no key in any table, and this rejects them with one test.
         */
        private long[] starts;

        boolean isEmpty() {
            return layers.isEmpty() && added.size() == 0 && removed.isEmpty();
        }

        /** True while only layers were applied: a further block may be stacked as a layer. */
        boolean onlyLayers() {
            return added.size() == 0 && removed.isEmpty();
        }

        void addLayer(CharTrie layer) {
            layers.add(layer);
            if (starts != null) {
                layer.addFirstUnitsTo(starts);
            }
        }

        void add(String from, String to) {
            added.put(from, to);
            removed.remove(from);
            if (starts != null) {
                starts[from.charAt(0) >>> 6] |= 1L << from.charAt(0);
            }
        }

        void remove(String from) {
            added.remove(from);
            removed.add(from);
        }

        /** The first units of every key of this overlay over {@code base} (its variant's base table). */
        long[] starts(CharTrie base) {
            if (starts == null) {
                long[] s = new long[1024];
                base.addFirstUnitsTo(s);
                for (CharTrie layer : layers) {
                    layer.addFirstUnitsTo(s);
                }
                added.addFirstUnitsTo(s);
                starts = s;
            }
            return starts;
        }
    }

    /** One change to the page tables, replayable into any variant's overlay. */
    private interface TableChange {
        void applyTo(Variant v, Overlay o);
    }

    ZhConversionSession(ZhVariantConverter owner, Variant variant, boolean noContentConvert, boolean noTitleConvert) {
        this.owner = owner;
        this.variant = variant;
        this.noContentConvert = noContentConvert;
        this.noTitleConvert = noTitleConvert;
    }

    @Override
    public String convert(String segment) {
        if (segment == null || segment.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(segment.length() + 16);
        int length = segment.length();
        int pos = 0;
        while (pos < length) {
            int m = indexOfOpen(segment, pos);
            int end = m < 0 ? length : m;
            autoConvertInto(segment, pos, end, variant, out);
            if (m < 0) {
                break;
            }
            if (segment.charAt(m) == ConversionMarks.RULES_START) {
                pos = applyBlockAt(segment, m);
                continue;
            }
            int[] cursor = {m};
            out.append(convertRule(segment, cursor, 1));
            pos = cursor[0];
        }
        return stripCodeMarks(out);
    }

    /**
     * Applies the rule block whose token starts at {@code at} (as its hidden rules would apply there: they
     * display nothing) and returns the index after the token. A malformed or unknown token is skipped.
     */
    private int applyBlockAt(CharSequence text, int at) {
        int end = RuleBlock.tokenEnd(text, at, text.length());
        if (end < 0) {
            return at + 1;
        }
        RuleBlock block = RuleBlock.fromToken(text, at, end);
        if (block != null) {
            applyBlock(block);
        }
        return end;
    }

    private void applyBlock(RuleBlock block) {
        List<ConverterRule> rules = block.layerable(owner, variant, this::autoConvert);
        if (rules == null) {
            for (String body : block.rules()) {
                applyRule("H|" + body);  // the one-by-one path, diagnostics included; hidden rules display nothing
            }
            return;
        }
        TableChange change = (v, o) -> {
            CharTrie layer = block.layer(v, rules);
            if (o.onlyLayers()) {
                if (layer != null) {
                    o.addLayer(layer);
                }
            } else {
                for (ConverterRule r : rules) {
                    apply(r, v, o);
                }
            }
        };
        record(change);
    }

    /** {@code -{} or a rule-block token, outside strip placeholders. */
    private static int indexOfOpen(String s, int from) {
        return indexOfMarkup(s, from, false);
    }

    /** Next {@code -{} or {@code }-} outside strip placeholders; returns its index or -1. */
    private static int indexOfToken(String s, int from) {
        return indexOfMarkup(s, from, true);
    }

    /**
     * The next {@code -{}, rule-block token (and, with {@code closers}, {@code }-}) outside strip placeholders,
     * or -1.
     */
    private static int indexOfMarkup(String s, int from, boolean closers) {
        for (int i = from; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == ConversionMarks.RULES_START) {
                return i;
            } else if (c == ConversionMarks.STRIP_START) {
                int e = s.indexOf(ConversionMarks.STRIP_END, i + 1);
                if (e < 0) {
                    return -1;
                }
                i = e;
            } else if ((c == '-' && s.charAt(i + 1) == '{') || (closers && c == '}' && s.charAt(i + 1) == '-')) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code recursiveConvertRule}: {@code cursor[0]} points at {@code -{}; on return it points after the
     * rule. Nested rules are resolved first and their display pasted into the outer rule's text.
     */
    private String convertRule(String text, int[] cursor, int depth) {
        int pos = cursor[0] + 2;
        int length = text.length();
        StringBuilder inner = new StringBuilder();
        boolean warned = false;
        while (pos < length) {
            int m = indexOfToken(text, pos);
            if (m < 0) {
                break;
            }
            inner.append(text, pos, m);
            pos = m;
            if (text.charAt(m) == ConversionMarks.RULES_START) {
                // A block inside a rule: its hidden rules would have applied here as nested rules showing nothing.
                pos = applyBlockAt(text, m);
            } else if (text.charAt(m) == '-') {
                if (depth >= MAX_DEPTH) {
                    inner.append("-{");
                    if (!warned) {
                        diagnostics.add(new Diagnostic("CONVERSION_DEPTH_LIMIT", Diagnostic.Severity.WARNING, -1,
                                "-{ }- nested deeper than " + MAX_DEPTH + "; the deeper markup is kept as text"));
                        if (owner.errorPolicy() == RuleErrorPolicy.MEDIAWIKI_MESSAGE) {
                            inner.append(ZhVariantConverter.DEPTH_WARNING_PREFIX).append(MAX_DEPTH)
                                    .append(ZhVariantConverter.DEPTH_WARNING_SUFFIX);
                        }
                        warned = true;
                    }
                    pos += 2;
                } else {
                    int[] c = {pos};
                    inner.append(convertRule(text, c, depth + 1));
                    pos = c[0];
                }
            } else {
                cursor[0] = pos + 2;
                return applyRule(inner.toString());
            }
        }
        if (pos < length) {
            inner.append(text, pos, length);
        }
        cursor[0] = length;
        diagnostics.add(new Diagnostic("CONVERSION_UNCLOSED", Diagnostic.Severity.INFO, -1,
                "unclosed -{ kept as text, as MediaWiki does"));
        StringBuilder sb = new StringBuilder("-{");
        autoConvertInto(inner, 0, inner.length(), variant, sb);
        return sb.toString();
    }

    private String applyRule(String inner) {
        // "H|" exactly: a hidden rule whose parse is the same for every variant and page (noteTA's output).
        ConverterRule rule = inner.startsWith("H|") ? owner.hiddenRule(inner, variant, this::autoConvert)
                : new ConverterRule(inner).parse(variant, this::autoConvert);
        applyManualConv(rule);
        String display = rule.display();
        if (display == null) {
            diagnostics.add(new Diagnostic("CONVERSION_RULE_ERROR", Diagnostic.Severity.WARNING, -1,
                    "no text for " + variant.code() + " in -{" + abbreviate(inner) + "}-"));
            switch (owner.errorPolicy()) {
                case EMPTY:
                    return "";
                case MEDIAWIKI_MESSAGE:
                    return RuleErrorPolicy.MEDIAWIKI_RULE_ERROR_TEXT;
                default:
                    return autoConvert(rule.firstValue(), variant);
            }
        }
        return display;
    }

    /** The rule as a diagnostic quotes it: short, and without the marks the renderer put into the text. */
    private static String abbreviate(String rule) {
        String s = org.wikirefine.internal.InternalMarks.strip(rule);
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** {@code applyManualConv}: title, then add or remove pairs in each variant's table. */
    private void applyManualConv(ConverterRule rule) {
        if (rule.hasTitle()) {
            ruleTitle = rule.title();
        }
        if (rule.action() == ConverterRule.Action.NONE || rule.convTable().isEmpty()) {
            return;
        }
        record((v, o) -> apply(rule, v, o));
    }

    /** Logs a table change and applies it to every overlay built so far, the session's own variant's first of all. */
    private void record(TableChange change) {
        log.add(change);
        for (Map.Entry<Variant, Overlay> e : overlays.entrySet()) {
            change.applyTo(e.getKey(), e.getValue());
        }
        if (!overlays.containsKey(variant)) {
            Overlay o = new Overlay();
            change.applyTo(variant, o);
            overlays.put(variant, o);
        }
    }

    /** The page overlay of a variant, built from the log on first use. */
    private Overlay overlay(Variant v) {
        Overlay o = overlays.get(v);
        if (o == null && !log.isEmpty()) {
            o = new Overlay();
            for (TableChange c : log) {
                c.applyTo(v, o);
            }
            overlays.put(v, o);
        }
        return o;
    }

    private static void apply(ConverterRule rule, Variant v, Overlay o) {
        LinkedHashMap<String, String> pairs = rule.convTable().get(v);
        if (pairs == null) {
            return;
        }
        for (Map.Entry<String, String> p : pairs.entrySet()) {
            String from = p.getKey();
            if (from.isEmpty()) {
                continue;
            }
            if (rule.action() == ConverterRule.Action.ADD) {
                o.add(from, p.getValue());
            } else {
                o.remove(from);  // masks a base entry too, for the rest of the page
            }
        }
    }

    /** {@code autoConvert} of a whole string (used by variant filters, titles and the error policy). */
    String autoConvert(CharSequence text, Variant to) {
        StringBuilder sb = new StringBuilder(text.length());
        autoConvertInto(text, 0, text.length(), to, sb);
        return sb.toString();
    }

    /**
     * {@code autoConvert}: converts {@code text[from,to)} with the variant's table, except strip placeholders,
     * HTML entities and whole code spans (CODE_START…CODE_END inside this fragment; a code span split by markup
     * is converted, as MediaWiki converts a split {@code <code>}).
     */
    private void autoConvertInto(CharSequence text, int from, int to, Variant v, StringBuilder out) {
        if (noContentConvert || v == Variant.ZH) {
            out.append(text, from, to);
            return;
        }
        CharTrie base = owner.tables().table(v);
        Overlay overlay = overlay(v);
        int runStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int skipEnd = -1;
            if (c == ConversionMarks.STRIP_START) {
                int e = indexOf(text, ConversionMarks.STRIP_END, i + 1, to);
                skipEnd = e < 0 ? to : e + 1;
            } else if (c == ConversionMarks.RULES_START) {
                skipEnd = i + 1;  // never converted; dropped with the rest of the token by stripCodeMarks
            } else if (c == ConversionMarks.CODE_START) {
                int e = indexOf(text, ConversionMarks.CODE_END, i + 1, to);
                if (e >= 0) {
                    skipEnd = e + 1;
                }
            } else if (c == '&') {
                skipEnd = entityEnd(text, i, to);
            }
            if (skipEnd > i) {
                translate(text, runStart, i, base, overlay, out);
                out.append(text, i, skipEnd);
                i = skipEnd;
                runStart = i;
            } else {
                i++;
            }
        }
        translate(text, runStart, to, base, overlay, out);
    }

    private static int indexOf(CharSequence s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** End of an entity {@code &[a-zA-Z#][a-z0-9]+;} starting at {@code i}, or -1. */
    private static int entityEnd(CharSequence s, int i, int to) {
        int j = i + 1;
        if (j >= to) {
            return -1;
        }
        char c = s.charAt(j);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '#')) {
            return -1;
        }
        j++;
        int start = j;
        while (j < to && ((s.charAt(j) >= 'a' && s.charAt(j) <= 'z') || (s.charAt(j) >= '0' && s.charAt(j) <= '9'))) {
            j++;
        }
        return j > start && j < to && s.charAt(j) == ';' ? j + 1 : -1;
    }

    /**
     * {@code strtr} over base ∪ overlay: at each position the longest key wins; on equal length the page pair
     * wins (added over layers, a later layer over an earlier one, any layer over the base); removed keys are
     * masked. Replaced text is not rescanned.
     */
    private void translate(CharSequence text, int from, int to, CharTrie base, Overlay overlay,
                           StringBuilder out) {
        if (overlay == null || overlay.isEmpty()) {
            translate(text, from, to, base, out);
            return;
        }
        long[] starts = overlay.starts(base);
        List<CharTrie> layers = overlay.layers;
        int nLayers = layers.size();
        Set<String> removed = overlay.removed.isEmpty() ? null : overlay.removed;
        int i = from;
        int copyFrom = from;
        while (i < to) {
            char c = text.charAt(i);
            if ((starts[c >>> 6] & (1L << c)) == 0) {
                i++;
                continue;
            }
            // best = {length, value}: each table in rising priority replaces it on a match at least as long
            long bestLen = longest(text, i, to, base.rootChild(c), removed, 0);
            String best = matchValue;
            for (int k = 0; k < nLayers; k++) {
                long len = longest(text, i, to, layers.get(k).rootChild(c), removed, bestLen);
                if (len > 0) {
                    bestLen = len;
                    best = matchValue;
                }
            }
            long len = longest(text, i, to, overlay.added.rootChild(c), null, bestLen);
            if (len > 0) {
                bestLen = len;
                best = matchValue;
            }
            if (best == null) {
                i++;
                continue;
            }
            out.append(text, copyFrom, i).append(best);
            i += (int) bestLen;
            copyFrom = i;
        }
        out.append(text, copyFrom, to);
    }

    /** Base table alone (no page rules): the common case, kept free of overlay checks. */
    private static void translate(CharSequence text, int from, int to, CharTrie base, StringBuilder out) {
        int i = from;
        int copyFrom = from;
        while (i < to) {
            CharTrie.Node n = base.rootChild(text.charAt(i));
            if (n == null) {
                i++;
                continue;
            }
            int bestLen = 0;
            String best = null;
            int j = i;
            while (n != null) {
                j++;
                if (n.value != null) {
                    bestLen = j - i;
                    best = n.value;
                }
                if (j >= to) {
                    break;
                }
                n = n.child(text.charAt(j));
            }
            if (best == null) {
                i++;
                continue;
            }
            out.append(text, copyFrom, i).append(best);
            i += bestLen;
            copyFrom = i;
        }
        out.append(text, copyFrom, to);
    }

    /**
     * The value of the longest key of one table starting at {@code i} that is at least {@code atLeast} long and not
     * {@code removed} (null: nothing removed), left in {@link #matchValue}; returns its length, or 0 (and {@code matchValue} null) if none.
     */
    private long longest(CharSequence text, int i, int to, CharTrie.Node n, Set<String> removed, long atLeast) {
        matchValue = null;
        long bestLen = 0;
        int j = i;
        while (n != null) {
            j++;
            if (n.value != null && j - i >= atLeast
                    && (removed == null || !removed.contains(text.subSequence(i, j).toString()))) {
                bestLen = j - i;
                matchValue = n.value;
            }
            if (j >= to) {
                break;
            }
            n = n.child(text.charAt(j));
        }
        return bestLen;
    }

    /** Base-table-only translation (measurement tools). */
    static void translateForTools(CharSequence text, CharTrie base, StringBuilder out) {
        translate(text, 0, text.length(), base, out);
    }

    /** Drops code marks and any rule-block token left in text that was only copied (e.g. an unclosed rule). */
    private static String stripCodeMarks(StringBuilder sb) {
        int w = firstMark(sb);
        for (int r = w; r < sb.length(); r++) {
            char c = sb.charAt(r);
            if (c == ConversionMarks.RULES_START) {
                int end = RuleBlock.tokenEnd(sb, r, sb.length());
                r = end < 0 ? r : end - 1;
            } else if (!isMark(c)) {
                sb.setCharAt(w++, c);
            }
        }
        sb.setLength(w);
        return sb.toString();
    }

    /** Index of the first mark that {@link #stripCodeMarks} acts on, or the length: most text has none. */
    private static int firstMark(StringBuilder sb) {
        int n = sb.length();
        for (int i = 0; i < n; i++) {
            char c = sb.charAt(i);
            if (c >= ConversionMarks.CODE_START && isMark(c)) {
                return i;
            }
        }
        return n;
    }

    private static boolean isMark(char c) {
        return c == ConversionMarks.CODE_START || c == ConversionMarks.CODE_END || c == ConversionMarks.RULES_START
                || c == ConversionMarks.RULES_END;
    }

    @Override
    public String title(String sourceTitle, String displayTitle) {
        if (displayTitle != null) {
            return displayTitle;  // DISPLAYTITLE wins and is not converted (langParserTests2)
        }
        if (sourceTitle == null) {
            return null;
        }
        if (noTitleConvert || noContentConvert) {
            return sourceTitle;
        }
        if (ruleTitle != null) {
            return stripCodeMarks(new StringBuilder(ruleTitle));
        }
        return stripCodeMarks(new StringBuilder(autoConvert(sourceTitle, variant)));
    }

    @Override
    public int rulesApplied() {
        return log.size();
    }

    @Override
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    Variant variant() {
        return variant;
    }
}
