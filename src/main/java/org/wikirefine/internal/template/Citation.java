package org.wikirefine.internal.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Structured data of one citation template call ({@code {{cite web}}}, {@code {{cite book}}}…): canonical keys
 * only, values as clean text (markup already resolved). The {@code type} key is always present ({@code web},
 * {@code news}, {@code book}, {@code journal}, {@code citation}…). Keys, in the order a formatter reads them, are
 * {@link #KEYS}. Immutable.
 */
public final class Citation {

    /** Every canonical key a citation rule may map to. */
    public static final Set<String> KEYS = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(java.util.List.of(
            "type", "author", "editor", "title", "trans_title", "chapter", "url", "language", "work", "publisher",
            "location", "date", "volume", "issue", "edition", "series", "pages", "isbn", "issn", "oclc", "doi",
            "pmid", "arxiv", "jstor", "id", "via", "quote", "access_date", "archive_url", "archive_date",
            "url_status")));

    private final Map<String, String> fields;

    public Citation(Map<String, String> fields) {
        Objects.requireNonNull(fields, "fields");
        if (!fields.containsKey("type")) {
            throw new IllegalArgumentException("citation without type: " + fields);
        }
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String type() {
        return fields.get("type");
    }

    /** All fields, {@code type} included, in insertion order. */
    public Map<String, String> fields() {
        return fields;
    }

    public String get(String key) {
        return fields.get(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Citation c && c.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "Citation" + fields;
    }
}
