package org.wikirefine;

import java.util.Map;

/**
 * One entry of an article's reference list, numbered as MediaWiki's Cite extension numbers it.
 *
 * @param number   1-based number within its group's list; 0 for an unnumbered continuation ({@code follow=}
 *                 without an earlier parent), which Cite shows without a number at the top of the list
 * @param group    the group ({@code ""} for the default group)
 * @param name     the {@code name=} of the ref, or {@code null}
 * @param text     the reference as clean text in the requested variant
 * @param citation structured fields from a citation template (type, title, url, …); empty if none
 * @param uses     how often the text cites it (the back-references of the entry)
 * @param list     0-based index, in document order, of the reference list that shows the entry: Cite clears a group
 *                 at each {@code <references/>}, so a page can list a group several times, each list numbered from 1
 * @param url      the URL the reference points to (its citation template's {@code url}, else the first external link
 *                 of its text, bracketed or bare), or {@code null}
 */
public record Reference(int number, String group, String name, String text, Map<String, String> citation, int uses,
                        int list, String url) {

    /**
     * Copies the citation fields ({@code null} becomes empty).
     *
     * @param number   the number shown in the list (per group, from 1)
     * @param group    the group ({@code ""} for the default group)
     * @param name     the {@code name=} of the ref, or {@code null}
     * @param text     the reference as clean text in the requested variant
     * @param citation structured fields from a citation template; empty if none
     * @param uses     how often the text cites it (the back-references of the entry)
     * @param list     0-based index, in document order, of the reference list that shows the entry
     * @param url      the URL the reference points to, or {@code null}
     */
    public Reference {
        citation = citation == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(citation));
    }

    /**
     * An entry without a URL.
     *
     * @param number   the number shown in the list (per group, from 1)
     * @param group    the group ({@code ""} for the default group)
     * @param name     the {@code name=} of the ref, or {@code null}
     * @param text     the reference as clean text in the requested variant
     * @param citation structured fields from a citation template; empty if none
     * @param uses     how often the text cites it
     * @param list     0-based index, in document order, of the reference list that shows the entry
     */
    public Reference(int number, String group, String name, String text, Map<String, String> citation, int uses,
                     int list) {
        this(number, group, name, text, citation, uses, list, null);
    }

    /**
     * An entry of the page's first list (the usual case).
     *
     * @param number   the number shown in the list (per group, from 1)
     * @param group    the group ({@code ""} for the default group)
     * @param name     the {@code name=} of the ref, or {@code null}
     * @param text     the reference as clean text in the requested variant
     * @param citation structured fields from a citation template; empty if none
     * @param uses     how often the text cites it
     */
    public Reference(int number, String group, String name, String text, Map<String, String> citation, int uses) {
        this(number, group, name, text, citation, uses, 0);
    }
}
