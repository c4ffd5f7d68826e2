package org.wikirefine.internal.convert;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.wikirefine.Variant;

/**
 * A wiki's local global conversion tables, the pages {@code MediaWiki:Conversiontable/zh-*} (zh.wikipedia's second
 * layer, between the built-in table and conversion groups). MediaWiki merges each page into that variant's table
 * before building the combined tables ({@code LanguageConverter::loadTables}, {@code parseCachedTable}).
 * Immutable. A dump reader collects the pages (namespace 8) and passes their wikitext to {@link #parse}.
 */
public final class SiteConversionTables {

    private static final SiteConversionTables NONE = new SiteConversionTables(new EnumMap<>(Variant.class));

    private final Map<Variant, Map<String, String>> tables;

    private SiteConversionTables(Map<Variant, Map<String, String>> tables) {
        this.tables = tables;
    }

    public static SiteConversionTables none() {
        return NONE;
    }

    /** Tables from page texts, keyed by the variant in the page name ({@code MediaWiki:Conversiontable/zh-tw} → zh-tw). */
    public static SiteConversionTables of(Map<Variant, String> pageTexts) {
        Map<Variant, Map<String, String>> m = new EnumMap<>(Variant.class);
        for (Map.Entry<Variant, String> e : pageTexts.entrySet()) {
            Map<String, String> pairs = parse(e.getValue());
            if (!pairs.isEmpty()) {
                m.put(e.getKey(), Collections.unmodifiableMap(pairs));
            }
        }
        return m.isEmpty() ? NONE : new SiteConversionTables(m);
    }

    /**
     * Pairs of one page, read as MediaWiki reads them: the text of each {@code -{ … }-} block, with the characters
     * {@code ' " * #} removed, split at {@code ;}; each piece {@code from => to} (exactly one {@code =>}) gives a
     * pair, both sides trimmed, and a {@code //} comment after the value is dropped. Later pairs win.
     */
    public static Map<String, String> parse(String wikitext) {
        Map<String, String> out = new LinkedHashMap<>();
        if (wikitext == null) {
            return out;
        }
        String[] blocks = wikitext.split("-\\{", -1);
        for (int b = 1; b < blocks.length; b++) {
            String block = blocks[b];
            int close = block.indexOf("}-");
            String mappings = close >= 0 ? block.substring(0, close) : block;
            String stripped = mappings.replace("'", "").replace("\"", "").replace("*", "").replace("#", "");
            for (String piece : stripped.split(";", -1)) {
                String[] m = piece.split("=>", -1);
                if (m.length != 2) {
                    continue;
                }
                String to = m[1];
                int comment = to.indexOf("//");
                if (comment >= 0) {
                    to = to.substring(0, comment);
                }
                String from = m[0].trim();
                if (!from.isEmpty()) {
                    out.put(from, to.trim());
                }
            }
        }
        return out;
    }

    boolean isEmpty() {
        return tables.isEmpty();
    }

    /** The page pairs of one variant (empty if the wiki has no such page). */
    public Map<String, String> pairs(Variant v) {
        return tables.getOrDefault(v, Map.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteConversionTables s && s.tables.equals(tables);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tables);
    }
}
