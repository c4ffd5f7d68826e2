package org.wikirefine.internal.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wikirefine.Diagnostic;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.model.RefEntry;
import org.wikirefine.internal.model.RefUse;

/**
 * Collects references in document order and numbers them as MediaWiki's Cite extension does: each group is
 * numbered separately, in order of first use (a named ref used before its definition takes its number at that
 * first use); a named ref is one entry however often it is used; the first definition wins. Problems become
 * diagnostics, never empty entries. One collector per article; not thread-safe.
 */
public final class ReferenceCollector {

    private final Map<String, List<RefEntry>> byGroup = new LinkedHashMap<>();
    private final Map<String, RefEntry> byName = new HashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /**
     * A {@code <ref>} in the text.
     *
     * @param group   the group, {@code ""} for the default
     * @param name    the name, or {@code null}
     * @param content the parsed body, or {@code null} for a self-closed ref or one whose source body is blank
     *                (emptiness is judged on the source, as Cite does: a body that is only an unknown template is
     *                not empty)
     * @param offset  position in the wikitext, for diagnostics
     * @return the use to put in the text, or {@code null} when Cite would show only an error (an empty unnamed ref)
     */
    public RefUse cite(String group, String name, List<Inline> content, int offset) {
        String g = group == null ? "" : group.trim();
        String n = name == null || name.isBlank() ? null : name.trim();
        boolean hasContent = content != null;
        if (n == null) {
            if (!hasContent) {
                diagnostics.add(new Diagnostic("REF_EMPTY", Diagnostic.Severity.WARNING, offset,
                        "a reference without name and without content shows only an error in MediaWiki; dropped"));
                return null;
            }
            RefEntry entry = newEntry(g, null);
            entry.content(content, offset);
            entry.addUse();
            return new RefUse(entry, "");
        }
        RefEntry entry = byName.get(key(g, n));
        if (entry == null) {
            entry = newEntry(g, n);
            byName.put(key(g, n), entry);
        }
        if (hasContent) {
            define(entry, content, offset);
        }
        entry.addUse();
        return new RefUse(entry, "");
    }

    /**
     * A definition inside {@code <references>…</references>} or {@code {{reflist|refs=…}}} (list-defined): it gives
     * content to a named ref used in the text and is not itself a use.
     */
    public RefEntry defineListed(String group, String name, List<Inline> content, int offset) {
        String g = group == null ? "" : group.trim();
        if (name == null || name.isBlank()) {
            diagnostics.add(new Diagnostic("REF_LIST_DEFINED_NO_NAME", Diagnostic.Severity.WARNING, offset,
                    "a reference defined in the reference list has no name; MediaWiki shows an error; dropped"));
            return null;
        }
        RefEntry entry = byName.get(key(g, name.trim()));
        if (entry == null) {
            diagnostics.add(new Diagnostic("REF_LIST_DEFINED_UNUSED", Diagnostic.Severity.WARNING, offset,
                    "reference '" + name.trim() + "' is defined in the reference list but never used; dropped"));
            return null;
        }
        if (content == null) {
            diagnostics.add(new Diagnostic("REF_EMPTY", Diagnostic.Severity.WARNING, offset,
                    "list-defined reference '" + name.trim() + "' is empty"));
            return null;
        }
        define(entry, content, offset);
        return entry;
    }

    private void define(RefEntry entry, List<Inline> content, int offset) {
        if (!entry.isDefined()) {
            entry.content(content, offset);
        } else if (!entry.content().equals(content)) {
            diagnostics.add(new Diagnostic("REF_CONFLICT", Diagnostic.Severity.WARNING, offset,
                    "reference '" + entry.name() + "' is defined again with different content; the first definition is kept"));
        }
    }

    private RefEntry newEntry(String group, String name) {
        List<RefEntry> list = byGroup.computeIfAbsent(group, k -> new ArrayList<>());
        RefEntry e = new RefEntry(group, name);
        e.number(list.size() + 1);
        list.add(e);
        return e;
    }

    /** Groups in order of first use. */
    public List<String> groups() {
        return List.copyOf(byGroup.keySet());
    }

    /**
     * Finishes collection: every entry of every group, ordered by group then number. Named refs that were used but
     * never defined are reported; they keep their number (so markers match MediaWiki's) but are not listed.
     */
    public List<RefEntry> finish() {
        List<RefEntry> all = new ArrayList<>();
        for (List<RefEntry> list : byGroup.values()) {
            for (RefEntry e : list) {
                if (e.isDefined()) {
                    all.add(e);
                    if (isBlank(e.content())) {
                        diagnostics.add(new Diagnostic("REF_CONTENT_DROPPED", Diagnostic.Severity.WARNING,
                                e.definitionOffset(), "reference " + e.number() + (e.name() == null ? "" : " ('" + e.name()
                                + "')") + " has content that rendered to nothing (an unknown template?)"));
                    }
                } else {
                    diagnostics.add(new Diagnostic("REF_UNDEFINED", Diagnostic.Severity.WARNING, -1,
                            "reference '" + e.name() + "' is used but never defined"));
                }
            }
        }
        return all;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String key(String group, String name) {
        return group + '\u0000' + name;
    }

    private static boolean isBlank(List<Inline> content) {
        for (Inline i : content) {
            if (!(i instanceof Inline.Text t) || !t.text().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
