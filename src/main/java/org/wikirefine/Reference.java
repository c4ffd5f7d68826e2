package org.wikirefine;

import java.util.Map;

/**
 * One entry of an article's reference list, numbered as MediaWiki's Cite extension numbers it.
 *
 * @param number   1-based number within its group
 * @param group    the group ({@code ""} for the default group)
 * @param name     the {@code name=} of the ref, or {@code null}
 * @param text     the reference as clean text in the requested variant
 * @param citation structured fields from a citation template (type, title, url, …); empty if none
 * @param uses     how often the text cites it
 */
public record Reference(int number, String group, String name, String text, Map<String, String> citation, int uses) {
    public Reference {
        citation = citation == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(citation));
    }
}
