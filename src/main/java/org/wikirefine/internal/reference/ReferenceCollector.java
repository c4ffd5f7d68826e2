package org.wikirefine.internal.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wikirefine.Diagnostic;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.model.RefEntry;
import org.wikirefine.internal.model.RefList;
import org.wikirefine.internal.model.RefUse;

/**
 * Collects references in document order and numbers them as MediaWiki's Cite extension does (see
 * {@code docs/references.md} for the rules and their sources in Cite's parser tests):
 * <ul>
 * <li>each group is numbered separately, in order of first use; a named ref used before its definition takes its
 * number at that first use; a named ref is one entry however often it is used; the first definition wins;</li>
 * <li>a reference list ({@code <references/>}) shows the entries its group collected so far and then clears the
 * group: refs of that group after the list are numbered from 1 again and go to the group's next list, and a name
 * used again after the list is a new entry;</li>
 * <li>at the end of the page, the default group gets an automatic list if refs remain; refs left in another group
 * are not listed (Cite shows only an error);</li>
 * <li>{@code follow=} appends its text to the named entry of the same group; without such an entry yet, it is an
 * unnumbered continuation at the top of the list;</li>
 * <li>list-defined refs ({@code <references>…</references>}, {@code {{reflist|refs=}}}) give content to refs used
 * earlier in the same group and are not uses themselves.</li>
 * </ul>
 * Problems become diagnostics with stable codes, never empty entries and never exceptions. One collector per article;
 * not thread-safe.
 */
public final class ReferenceCollector {

    /** The refs of one group collected since its previous list. */
    private static final class OpenGroup {
        final List<RefEntry> numbered = new ArrayList<>();
        final List<RefEntry> continuations = new ArrayList<>();
        final Map<String, RefEntry> byName = new HashMap<>();
    }

    private final Map<String, OpenGroup> open = new LinkedHashMap<>();
    private final List<RefList> lists = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /**
     * A {@code <ref>} in the text.
     *
     * @param group   the group, {@code ""} or {@code null} for the default
     * @param name    the name, or {@code null}
     * @param follow  the {@code follow=} attribute, or {@code null}
     * @param content the parsed body, or {@code null} for a self-closed ref or one whose source body is blank
     *                (emptiness is judged on the source, as Cite does: a body that is only an unknown template is
     *                not empty)
     * @param offset  position in the wikitext, for diagnostics
     * @return the use to put in the text, or {@code null} when Cite shows no marker (an error, or a {@code follow=})
     */
    public RefUse cite(String group, String name, String follow, List<Inline> content, int offset) {
        String g = RefNames.group(group);
        String n = RefNames.name(name);
        String f = RefNames.name(follow);
        if (f != null) {
            return follow(g, n, f, content, offset);
        }
        if (n != null && RefNames.isInteger(n)) {
            report("REF_NUMERIC_NAME", offset, "reference name '" + RefNames.forMessage(n) + "' is a plain integer, which Cite rejects;"
                    + " the ref is kept as an unnamed one");
            n = null;
        }
        if (n == null) {
            if (content == null) {
                report("REF_EMPTY", offset, "a reference without name and without content shows only an error in"
                        + " MediaWiki; dropped");
                return null;
            }
            RefEntry entry = newEntry(g, null);
            entry.content(content, offset);
            entry.addUse();
            return new RefUse(entry, "");
        }
        OpenGroup s = state(g);
        RefEntry entry = s.byName.get(n);
        if (entry == null) {
            entry = newEntry(g, n);
            s.byName.put(n, entry);
        }
        if (content != null) {
            define(entry, content, offset);
        }
        entry.addUse();
        return new RefUse(entry, "");
    }

    private RefUse follow(String g, String n, String f, List<Inline> content, int offset) {
        if (n != null) {
            report("REF_FOLLOW_CONFLICT", offset, "a ref with follow='" + RefNames.forMessage(f) + "' cannot also have a name; Cite shows"
                    + " only an error; dropped");
            return null;
        }
        if (RefNames.isInteger(f)) {
            report("REF_NUMERIC_NAME", offset, "follow='" + RefNames.forMessage(f) + "' names a plain integer, which Cite rejects; dropped");
            return null;
        }
        if (content == null) {
            report("REF_EMPTY", offset, "a ref with follow='" + RefNames.forMessage(f) + "' has no content; dropped");
            return null;
        }
        OpenGroup s = state(g);
        RefEntry parent = s.byName.get(f);
        if (parent != null) {
            parent.appendContent(content, offset);
        } else {
            // Cite: a continuation whose parent is not (yet) defined is shown unnumbered at the top of the list.
            RefEntry e = new RefEntry(g, null);
            e.number(0);
            e.content(content, offset);
            s.continuations.add(e);
        }
        return null;
    }

    /**
     * A definition inside {@code <references>…</references>} or {@code {{reflist|refs=…}}} (list-defined): it gives
     * content to a named ref used earlier in the list's group and is not itself a use.
     *
     * @param listGroup the group of the enclosing list
     * @param refGroup  the ref's own {@code group=} attribute, or {@code null}
     */
    public RefEntry defineListed(String listGroup, String refGroup, String name, List<Inline> content, int offset) {
        String g = RefNames.group(listGroup);
        if (refGroup != null && !RefNames.group(refGroup).equals(g)) {
            report("REF_LIST_DEFINED_GROUP_CONFLICT", offset, "a ref in the list of group '" + RefNames.forMessage(g) + "' has group='"
                    + RefNames.forMessage(RefNames.group(refGroup)) + "'; Cite reports a conflict and uses the list's group");
        }
        String n = RefNames.name(name);
        if (n == null) {
            report("REF_LIST_DEFINED_NO_NAME", offset, "a reference defined in the reference list has no name;"
                    + " MediaWiki shows an error; dropped");
            return null;
        }
        if (content == null) {
            report("REF_LIST_DEFINED_EMPTY", offset, "reference '" + RefNames.forMessage(n) + "' in the reference list of group '" + RefNames.forMessage(g)
                    + "' has no content");
            return null;
        }
        OpenGroup s = open.get(g);
        RefEntry entry = s == null ? null : s.byName.get(n);
        if (entry == null) {
            report("REF_LIST_DEFINED_UNUSED", offset, "reference '" + RefNames.forMessage(n) + "' is defined in the reference list but"
                    + " not used in the text before it; dropped");
            return null;
        }
        define(entry, content, offset);
        return entry;
    }

    /** Compatibility form: the ref's own group is the list's. */
    public void defineListed(String group, String name, List<Inline> content, int offset) {
        defineListed(group, null, name, content, offset);
    }

    private void define(RefEntry entry, List<Inline> content, int offset) {
        if (!entry.isDefined()) {
            entry.content(content, offset);
        } else if (!entry.content().equals(content)) {
            report("REF_CONFLICT", offset, "reference '" + RefNames.forMessage(entry.name()) + "' is defined again with different content;"
                    + " the first definition is kept");
        }
    }

    private OpenGroup state(String g) {
        return open.computeIfAbsent(g, k -> new OpenGroup());
    }

    private RefEntry newEntry(String group, String name) {
        OpenGroup s = state(group);
        RefEntry e = new RefEntry(group, name);
        e.number(s.numbered.size() + 1);
        s.numbered.add(e);
        return e;
    }

    /**
     * A reference list of {@code group} at this point ({@code <references/>}): takes every entry the group collected
     * since its previous list and clears the group, as Cite does. Entries used but never defined are reported and
     * not listed (they keep their number, so the other markers match MediaWiki's).
     */
    public RefList closeList(String group) {
        return close(RefNames.group(group), false);
    }

    private RefList close(String g, boolean automatic) {
        OpenGroup s = open.remove(g);
        List<RefEntry> shown = new ArrayList<>();
        int index = lists.size();
        if (s != null) {
            shown.addAll(s.continuations);
            for (RefEntry e : s.numbered) {
                if (e.isDefined()) {
                    shown.add(e);
                    if (isBlank(e.content())) {
                        report("REF_CONTENT_DROPPED", e.definitionOffset(), "reference " + RefNames.forMessage(RefLabels.label(g, e.number()))
                                + (e.name() == null ? "" : " ('" + RefNames.forMessage(e.name()) + "')")
                                + " has content that rendered to nothing (an unknown template?)");
                    }
                } else {
                    report("REF_UNDEFINED", -1, "reference '" + RefNames.forMessage(e.name()) + "' is used but never defined");
                }
            }
        }
        for (RefEntry e : shown) {
            e.listIndex(index);
        }
        RefList list = new RefList(g, index, shown, automatic);
        lists.add(list);
        return list;
    }

    /** Groups with refs not listed yet, in order of first use since their last list. */
    public List<String> groups() {
        return List.copyOf(open.keySet());
    }

    /**
     * Finishes collection: the default group's remaining refs get Cite's automatic list at the end of the page; refs
     * left in other groups are reported ({@code REF_GROUP_NOT_LISTED}) and not listed, as in MediaWiki.
     *
     * @return every list of the article, in document order
     */
    public List<RefList> finish() {
        for (String g : List.copyOf(open.keySet())) {
            if (g.isEmpty()) {
                close(g, true);
            } else {
                OpenGroup s = open.remove(g);
                report("REF_GROUP_NOT_LISTED", -1, (s.numbered.size() + s.continuations.size())
                        + " reference(s) of group '" + RefNames.forMessage(g) + "' have no reference list after them; MediaWiki shows an"
                        + " error instead of the list; not listed");
            }
        }
        return List.copyOf(lists);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private void report(String code, int offset, String message) {
        diagnostics.add(new Diagnostic(code, Diagnostic.Severity.WARNING, offset, message));
    }

    /** Whether content shows nothing (only blanks, line breaks, drop marks and infobox anchors). */
    public static boolean rendersEmpty(List<Inline> content) {
        return isBlank(content);
    }

    private static boolean isBlank(List<Inline> content) {
        for (Inline i : content) {
            if (i instanceof Inline.LineBreak || i instanceof Inline.InfoboxAnchor) {
                continue;
            }
            // Inline.DROPPED marks where an unknown template was dropped: it renders as nothing.
            if (!(i instanceof Inline.Text t) || !t.text().replace(Inline.DROPPED, "").isBlank()) {
                return false;
            }
        }
        return true;
    }
}
