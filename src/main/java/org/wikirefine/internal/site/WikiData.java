package org.wikirefine.internal.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts of one wiki, as plain data: what {@code wikis.yaml} holds for it, merged with a dump's siteinfo.
 *
 * @param dbname     e.g. {@code huwiki}; may be empty for a wiki known only by its language
 * @param language   content language code, e.g. {@code hu}
 * @param citations  language of our built-in citation, date and language-name renderings: {@code zh} or {@code en}
 * @param variants   conversion variants of the content language (only zh has any)
 * @param url        article URL with {@code $1} for the title, or empty
 * @param firstLetterCase whether titles are case-insensitive in their first letter (siteinfo {@code first-letter})
 * @param namespaces namespace id to its names: the local name first, then aliases and canonical names
 * @param magic      MediaWiki magic-word id ({@code redirect}, {@code notoc}, {@code img_thumbnail}…) to its spellings
 */
public record WikiData(String dbname, String language, String citations, List<String> variants, String url,
                       boolean firstLetterCase, Map<Integer, List<String>> namespaces, Map<String, List<String>> magic)
        implements java.io.Serializable {

    public WikiData {
        variants = List.copyOf(variants);
        namespaces = copy(new TreeMap<>(namespaces));
        magic = copy(new LinkedHashMap<>(magic));
    }

    private static <K> Map<K, List<String>> copy(Map<K, List<String>> m) {
        m.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(m);
    }
}
