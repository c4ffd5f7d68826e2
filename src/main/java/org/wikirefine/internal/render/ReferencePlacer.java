package org.wikirefine.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides where each reference group is listed: at the first reference-list block of that group, or, for a group
 * without one, at the end. Shared by the writers so they list the same entries in the same places.
 */
final class ReferencePlacer {

    private final List<RenderedArticle.RenderedReference> refs;
    private final Set<String> listed = new LinkedHashSet<>();

    ReferencePlacer(RenderedArticle a) {
        this.refs = a.renderedReferences();
    }

    /** Entries to list at a reference-list block of {@code group} (empty if that group was listed already). */
    List<RenderedArticle.RenderedReference> at(String group) {
        if (!listed.add(group)) {
            return List.of();
        }
        List<RenderedArticle.RenderedReference> out = new ArrayList<>();
        for (RenderedArticle.RenderedReference r : refs) {
            if (r.group().equals(group)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Entries of every group not listed yet, group by group. */
    List<RenderedArticle.RenderedReference> rest() {
        List<RenderedArticle.RenderedReference> out = new ArrayList<>();
        for (RenderedArticle.RenderedReference r : refs) {
            if (!listed.contains(r.group())) {
                out.add(r);
            }
        }
        for (RenderedArticle.RenderedReference r : out) {
            listed.add(r.group());
        }
        return out;
    }
}
