package org.wikirefine;

import java.util.Map;
import java.util.Objects;

/**
 * The {@code <siteinfo>} header of a MediaWiki XML dump. Every field may be empty when the dump has no
 * siteinfo (some exports omit it); it carries no page count (the export schema has none).
 *
 * @param sitename   e.g. {@code Wikipedia}, or {@code ""}
 * @param dbname     e.g. {@code zhwiki}, or {@code ""}
 * @param base       URL of the main page, or {@code ""}
 * @param generator  e.g. {@code MediaWiki 1.42.0-wmf.5}, or {@code ""}
 * @param caseMode   title case rule, e.g. {@code first-letter}, or {@code ""}
 * @param namespaces namespace number to local name ({@code 0 -> ""}), in dump order
 */
public record SiteInfo(String sitename, String dbname, String base, String generator, String caseMode,
                       Map<Integer, String> namespaces) {

    /**
     * Checks that every field is present and copies the namespaces.
     *
     * @param sitename   e.g. {@code Wikipedia}, or {@code ""}
     * @param dbname     e.g. {@code zhwiki}, or {@code ""}
     * @param base       URL of the main page, or {@code ""}
     * @param generator  e.g. {@code MediaWiki 1.42.0-wmf.5}, or {@code ""}
     * @param caseMode   title case rule, e.g. {@code first-letter}, or {@code ""}
     * @param namespaces namespace number to local name ({@code 0 -> ""}), in dump order
     */
    public SiteInfo {
        Objects.requireNonNull(sitename, "sitename");
        Objects.requireNonNull(dbname, "dbname");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(caseMode, "caseMode");
        // keep dump order but make it unmodifiable
        namespaces = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(namespaces));
    }

    /** {@return the siteinfo of a dump that has none} */
    public static SiteInfo empty() {
        return new SiteInfo("", "", "", "", "", Map.of());
    }

    /**
     * {@return the namespace number for a title's prefix ({@code Template:X -> 10}), or 0 when none matches}
     *
     * @param title a full page title
     */
    public int namespaceOf(String title) {
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return 0;
        }
        String prefix = title.substring(0, colon).replace('_', ' ');
        for (Map.Entry<Integer, String> e : namespaces.entrySet()) {
            if (e.getKey() != 0 && e.getValue().equalsIgnoreCase(prefix)) {
                return e.getKey();
            }
        }
        return 0;
    }
}
