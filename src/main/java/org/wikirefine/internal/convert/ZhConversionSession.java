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
    private final List<ConverterRule> log = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private String ruleTitle;

    /** Page pairs for one variant: added keys win over the base; removed keys mask the base. */
    static final class Overlay {
        final CharTrie added = new CharTrie();
        final Set<String> removed = new HashSet<>();
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
            int[] cursor = {m};
            out.append(convertRule(segment, cursor, 1));
            pos = cursor[0];
        }
        return stripCodeMarks(out);
    }

    /** {@code -{} outside strip placeholders. */
    private static int indexOfOpen(String s, int from) {
        return indexOfMarkup(s, from, false);
    }

    /** Next {@code -{} or {@code }-} outside strip placeholders; returns its index or -1. */
    private static int indexOfToken(String s, int from) {
        return indexOfMarkup(s, from, true);
    }

    /** The next {@code -{} (and, with {@code closers}, {@code }-}) outside strip placeholders, or -1. */
    private static int indexOfMarkup(String s, int from, boolean closers) {
        for (int i = from; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == ConversionMarks.STRIP_START) {
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
            if (text.charAt(m) == '-') {
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
        log.add(rule);
        for (Map.Entry<Variant, Overlay> e : overlays.entrySet()) {
            apply(rule, e.getKey(), e.getValue());
        }
        if (!overlays.containsKey(variant)) {
            Overlay o = new Overlay();
            apply(rule, variant, o);
            overlays.put(variant, o);
        }
    }

    /** The page overlay of a variant, built from the log on first use. */
    private Overlay overlay(Variant v) {
        Overlay o = overlays.get(v);
        if (o == null && !log.isEmpty()) {
            o = new Overlay();
            for (ConverterRule r : log) {
                apply(r, v, o);
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
                o.added.put(from, p.getValue());
                o.removed.remove(from);
            } else {
                o.added.remove(from);
                o.removed.add(from);  // masks a base entry too, for the rest of the page
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
     * wins; removed keys are masked. Replaced text is not rescanned.
     */
    private static void translate(CharSequence text, int from, int to, CharTrie base, Overlay overlay,
                                  StringBuilder out) {
        boolean hasOverlay = overlay != null && (overlay.added.size() > 0 || !overlay.removed.isEmpty());
        int i = from;
        int copyFrom = from;
        while (i < to) {
            char c = text.charAt(i);
            CharTrie.Node n = base.rootChild(c);
            CharTrie.Node on = hasOverlay ? overlay.added.rootChild(c) : null;
            if (n == null && on == null) {
                i++;
                continue;
            }
            int bestLen = 0;
            String best = null;
            // base walk
            int j = i;
            while (n != null) {
                j++;
                if (n.value != null && (!hasOverlay || overlay.removed.isEmpty()
                        || !overlay.removed.contains(text.subSequence(i, j).toString()))) {
                    bestLen = j - i;
                    best = n.value;
                }
                if (j >= to) {
                    break;
                }
                n = n.child(text.charAt(j));
            }
            // overlay walk: wins ties
            j = i;
            while (on != null) {
                j++;
                if (on.value != null && j - i >= bestLen) {
                    bestLen = j - i;
                    best = on.value;
                }
                if (j >= to) {
                    break;
                }
                on = on.child(text.charAt(j));
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

    /** Base-table-only translation (measurement tools). */
    static void translateForTools(CharSequence text, CharTrie base, StringBuilder out) {
        translate(text, 0, text.length(), base, null, out);
    }

    private static String stripCodeMarks(StringBuilder sb) {
        int w = 0;
        for (int r = 0; r < sb.length(); r++) {
            char c = sb.charAt(r);
            if (c != ConversionMarks.CODE_START && c != ConversionMarks.CODE_END) {
                sb.setCharAt(w++, c);
            }
        }
        sb.setLength(w);
        return sb.toString();
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
