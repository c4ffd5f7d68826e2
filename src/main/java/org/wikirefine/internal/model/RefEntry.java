package org.wikirefine.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One entry of a reference list. Mutable while the article is built (a named ref may be defined after its first
 * use); read-only afterwards.
 */
public final class RefEntry {
    private final String group;
    private final String name;
    private int number;
    private List<Inline> content = List.of();
    private Map<String, String> citation;
    private String citationType;
    private int uses;
    private static final int UNDEFINED = -1;
    private int definitionOffset = UNDEFINED;
    private int listIndex = -1;

    public RefEntry(String group, String name) {
        this.group = group == null ? "" : group;
        this.name = name;
    }

    public String group() {
        return group;
    }

    /** The {@code name=} of the ref, or {@code null}. */
    public String name() {
        return name;
    }

    /**
     * 1-based number within its group's list, in order of first use; 0 for a continuation ({@code follow=}) whose
     * parent was not defined before it, which Cite shows unnumbered at the top of the list.
     */
    public int number() {
        return number;
    }

    public void number(int n) {
        this.number = n;
    }

    public List<Inline> content() {
        return content;
    }

    /** Whether a definition (a ref with a non-blank body) was seen; its content may still render empty. */
    public boolean isDefined() {
        return definitionOffset != UNDEFINED;
    }

    public void content(List<Inline> c, int offset) {
        this.content = Collections.unmodifiableList(new ArrayList<>(c));
        this.definitionOffset = offset < 0 ? 0 : offset;
    }

    /**
     * Appends the text of a {@code <ref follow=…>} to this entry, separated by a space, as Cite does. An entry that
     * had no content yet counts as defined afterwards (a later definition is then a conflict, as in Cite).
     */
    public void appendContent(List<Inline> more, int offset) {
        List<Inline> c = new ArrayList<>(content);
        c.add(new Inline.Text(" "));
        c.addAll(more);
        this.content = Collections.unmodifiableList(c);
        if (definitionOffset == UNDEFINED) {
            this.definitionOffset = offset < 0 ? 0 : offset;
        }
    }

    /** Index of the {@link RefList} that shows this entry (0-based, document order); -1 until its list is closed. */
    public int listIndex() {
        return listIndex;
    }

    public void listIndex(int i) {
        this.listIndex = i;
    }

    public int definitionOffset() {
        return definitionOffset;
    }

    /** Structured citation fields (title, url, …) from a citation template, or {@code null}. */
    public Map<String, String> citation() {
        return citation;
    }

    public String citationType() {
        return citationType;
    }

    public void citation(String type, Map<String, String> fields) {
        this.citationType = type;
        this.citation = fields;
    }

    public int uses() {
        return uses;
    }

    public void addUse() {
        uses++;
    }
}
