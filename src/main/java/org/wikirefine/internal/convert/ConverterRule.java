package org.wikirefine.internal.convert;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.wikirefine.Variant;

/**
 * One {@code -{…}-} rule, interpreted the way MediaWiki's {@code ConverterRule} does (conversion-semantics.md
 * 1.3-1.6): flag normalisation, variant filters, body chunks into two-way and one-way tables, display selection
 * with fallbacks, {@code D}/{@code N} texts, the title, and the per-variant pairs to add or remove.
 * Written from the documented behaviour; not a copy of MediaWiki's code.
 */
final class ConverterRule {

    /** What the rule does to the page tables. */
    enum Action { NONE, ADD, REMOVE }

    /** Callback into the session for variant-filter conversion ({@code -{zh-hans;zh-hant|text}-}). */
    interface AutoConverter {
        String autoConvert(String text, Variant to);
    }

    private static final Set<String> FLAG_LETTERS = Set.of("A", "T", "R", "D", "-", "H", "N");

    private final String inner;
    private LinkedHashSet<String> flags = new LinkedHashSet<>();
    private final LinkedHashSet<Variant> variantFlags = new LinkedHashSet<>();
    private String rules;
    private final LinkedHashMap<Variant, String> bid = new LinkedHashMap<>();
    private final LinkedHashMap<Variant, LinkedHashMap<String, String>> unid = new LinkedHashMap<>();
    private final Map<Variant, LinkedHashMap<String, String>> convTable = new EnumMap<>(Variant.class);
    private Action action = Action.NONE;
    /** Null means "false" in MediaWiki: no display could be chosen (the manual-rule error). */
    private String display;
    private String title;
    private boolean titleSet;

    ConverterRule(String inner) {
        this.inner = inner;
    }

    /** {@code ConverterRule::parse($variant)}. */
    ConverterRule parse(Variant variant, AutoConverter converter) {
        RuleSyntax.Split split = RuleSyntax.splitRule(inner);
        parseFlags(split);

        if (!variantFlags.isEmpty()) {
            // -{zh-hans;zh-hant|text}-: convert text to the current variant if listed, else to the first listed fallback.
            if (variantFlags.contains(variant)) {
                rules = converter.autoConvert(rules, variant);
            } else {
                for (Variant f : ZhVariants.fallbacks(variant)) {
                    if (variantFlags.contains(f)) {
                        rules = converter.autoConvert(rules, f);
                        break;
                    }
                }
            }
            flags = new LinkedHashSet<>(List.of("R"));
        }

        if (!flags.contains("R") && !flags.contains("N")) {
            // The legacy parser escaped '>' before conversion; MediaWiki decodes "=&gt;" here.
            if (rules.contains("=&gt;")) {
                rules = rules.replace("=&gt;", "=>");
                parseRules(RuleSyntax.chunks(rules));
            } else {
                parseRules(split.chunks());
            }
        }

        if (bid.isEmpty() && unid.isEmpty()) {
            if (flags.contains("+") || flags.contains("-")) {
                // -{A|text}-, -{H|text}-, -{-|text}-: the text maps to itself in every variant (protects it).
                for (Variant v : ZhVariants.ORDER) {
                    bid.put(v, rules);
                }
            } else if (!flags.contains("N") && !flags.contains("T")) {
                flags = new LinkedHashSet<>(List.of("R"));
            }
        }

        display = null;
        boolean displaySet = false;
        for (String flag : flags) {
            switch (flag) {
                case "R":
                    display = rules;
                    displaySet = true;
                    break;
                case "N": {
                    String code = rules.trim();
                    Optional<Variant> zh = ZhVariants.validate(code);
                    display = zh.isPresent() ? zh.filter(v -> v.code().equals(code)).map(ZhVariants::name).orElse("")
                            : LanguageNames.autonym(code);
                    displaySet = true;
                    break;
                }
                case "D":
                    display = describe();
                    displaySet = true;
                    break;
                case "H":
                    display = "";
                    displaySet = true;
                    break;
                case "-":
                    action = Action.REMOVE;
                    display = "";
                    displaySet = true;
                    break;
                case "+":
                    action = Action.ADD;
                    display = "";
                    displaySet = true;
                    break;
                case "S":
                    display = convertedStr(variant);
                    displaySet = true;
                    break;
                case "T":
                    title = convertedTitle(variant);
                    titleSet = true;
                    display = "";
                    displaySet = true;
                    break;
                default:
                    break;  // A and variant flags carry no display of their own
            }
        }
        if (!displaySet) {
            display = null;
        }
        generateConvTable();
        return this;
    }

    private void parseFlags(RuleSyntax.Split split) {
        LinkedHashSet<String> f = new LinkedHashSet<>();
        List<Variant> variantsSeen = new ArrayList<>();
        if (split.flags() != null) {
            for (String piece : split.flags()) {
                String p = piece.trim();
                if (FLAG_LETTERS.contains(p)) {
                    f.add(p);
                } else {
                    Optional<Variant> v = ZhVariants.flagVariant(p);
                    if (v.isPresent()) {
                        f.add("v:" + v.get().code());
                        variantsSeen.add(v.get());
                    }
                }
            }
        }
        rules = split.body();
        if (f.isEmpty()) {
            f.add("S");
        } else if (f.contains("R")) {
            f = new LinkedHashSet<>(List.of("R"));
        } else if (f.contains("N")) {
            f = new LinkedHashSet<>(List.of("N"));
        } else if (f.contains("-")) {
            f = new LinkedHashSet<>(List.of("-"));
        } else if (f.size() == 1 && f.contains("T")) {
            f.add("H");
        } else if (f.contains("H")) {
            LinkedHashSet<String> t = new LinkedHashSet<>(List.of("+", "H"));
            if (f.contains("T")) {
                t.add("T");
            }
            if (f.contains("D")) {
                t.add("D");
            }
            f = t;
        } else {
            if (f.contains("A")) {
                f.add("+");
                f.add("S");
            }
            if (f.contains("D")) {
                f.remove("S");
            }
            if (!variantsSeen.isEmpty()) {
                variantFlags.addAll(variantsSeen);
                f = new LinkedHashSet<>();
            }
        }
        // variant codes never act as display flags
        f.removeIf(s -> s.startsWith("v:"));
        flags = f;
    }

    private void parseRules(List<String> chunks) {
        for (String c : chunks) {
            int colon = c.indexOf(':');
            if (colon < 0) {
                continue;  // no "code:" at all: skipped, like the empty piece after a final ';'
            }
            String to = c.substring(colon + 1).trim();
            String code = c.substring(0, colon).trim();
            int arrow = code.indexOf("=>");
            Optional<Variant> vv;
            if (arrow < 0) {
                vv = ZhVariants.validate(code);
                if (!to.isEmpty() && vv.isPresent()) {
                    bid.put(vv.get(), to);
                }
            } else {
                String from = code.substring(0, arrow).trim();
                vv = ZhVariants.validate(code.substring(arrow + 2).trim());
                if (!from.isEmpty() && vv.isPresent()) {
                    unid.computeIfAbsent(vv.get(), k -> new LinkedHashMap<>()).put(from, to);
                }
            }
            if (vv.isEmpty()) {
                // An unknown code (-{Taiwan:台湾}-, -{en:x}-) makes the whole rule invalid.
                bid.clear();
                unid.clear();
                break;
            }
        }
    }

    private String describe() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Variant, String> e : bid.entrySet()) {
            sb.append(ZhVariants.name(e.getKey())).append('：').append(e.getValue()).append('；');
        }
        for (Map.Entry<Variant, LinkedHashMap<String, String>> e : unid.entrySet()) {
            for (Map.Entry<String, String> p : e.getValue().entrySet()) {
                sb.append(p.getKey()).append('⇒').append(ZhVariants.name(e.getKey())).append('：')
                        .append(p.getValue()).append('；');
            }
        }
        return sb.toString();
    }

    private String textInBid(List<Variant> variants) {
        for (Variant v : variants) {
            String s = bid.get(v);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** {@code getRuleConvertedStr}: null when no text fits the variant (MediaWiki's error case). */
    private String convertedStr(Variant variant) {
        if (bid.isEmpty() && unid.isEmpty()) {
            return rules;
        }
        String disp = bid.get(variant);
        if (disp == null) {
            disp = textInBid(ZhVariants.fallbacks(variant));
        }
        if (disp == null && unid.containsKey(variant)) {
            disp = unid.get(variant).values().iterator().next();
        }
        if (disp == null && ZhVariants.level(variant) == ZhVariants.Level.DISABLE) {
            disp = !bid.isEmpty() ? bid.values().iterator().next()
                    : unid.values().iterator().next().values().iterator().next();
        }
        return disp;
    }

    /** {@code getRuleConvertedTitle}: for {@code zh} only an explicit {@code zh:} entry counts. */
    private String convertedTitle(Variant variant) {
        if (variant == Variant.ZH) {
            String s = bid.get(variant);
            if (s != null) {
                return s;
            }
            LinkedHashMap<String, String> u = unid.get(variant);
            return u == null || u.isEmpty() ? null : u.values().iterator().next();
        }
        return convertedStr(variant);
    }

    private void generateConvTable() {
        if (bid.isEmpty() && unid.isEmpty()) {
            return;
        }
        Map<Variant, String> filled = new EnumMap<>(Variant.class);
        filled.putAll(bid);
        List<Variant> marked = new ArrayList<>();
        for (Variant v : ZhVariants.ORDER) {
            if (!filled.containsKey(v)) {
                for (Variant f : ZhVariants.fallbacks(v)) {
                    String s = bid.get(f);
                    if (s != null) {
                        filled.put(v, s);
                        break;
                    }
                }
            }
            if (filled.containsKey(v)) {
                for (Variant vo : marked) {
                    if (ZhVariants.level(v) == ZhVariants.Level.BIDIRECTIONAL) {
                        table(v).put(filled.get(vo), filled.get(v));
                    }
                    if (ZhVariants.level(vo) == ZhVariants.Level.BIDIRECTIONAL) {
                        table(vo).put(filled.get(v), filled.get(vo));
                    }
                }
                marked.add(v);
            }
            if (ZhVariants.level(v) != ZhVariants.Level.DISABLE && unid.containsKey(v)) {
                // One-way pairs take precedence over pairs derived from two-way entries so far.
                LinkedHashMap<String, String> merged = new LinkedHashMap<>(unid.get(v));
                LinkedHashMap<String, String> existing = convTable.get(v);
                if (existing != null) {
                    for (Map.Entry<String, String> e : existing.entrySet()) {
                        merged.putIfAbsent(e.getKey(), e.getValue());
                    }
                }
                convTable.put(v, merged);
            }
        }
    }

    private LinkedHashMap<String, String> table(Variant v) {
        return convTable.computeIfAbsent(v, k -> new LinkedHashMap<>());
    }

    /** The display text, or null for MediaWiki's "error in manual conversion rule". */
    String display() {
        return display;
    }

    /** The title set by a {@code T} flag; {@link #hasTitle()} tells whether one was set (it may be null = unset). */
    String title() {
        return title;
    }

    boolean hasTitle() {
        return titleSet && title != null;
    }

    Action action() {
        return action;
    }

    Map<Variant, LinkedHashMap<String, String>> convTable() {
        return convTable;
    }

    /** The first two-way or one-way value, used by the lenient error policy. */
    String firstValue() {
        if (!bid.isEmpty()) {
            return bid.values().iterator().next();
        }
        for (LinkedHashMap<String, String> m : unid.values()) {
            if (!m.isEmpty()) {
                return m.values().iterator().next();
            }
        }
        return rules;
    }
}
