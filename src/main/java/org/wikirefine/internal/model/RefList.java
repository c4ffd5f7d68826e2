package org.wikirefine.internal.model;

import java.util.List;

/**
 * One reference list as Cite renders it: the entries of one group collected since that group's previous list, shown
 * where the page placed {@code <references/>} (or a template that stands for it), or at the end of the page for the
 * default group when the page has no list for it. Cite clears a group at each list, so a group can have several
 * lists, each numbered from 1.
 *
 * @param group     the group ({@code ""} for the default group)
 * @param index     0-based position of this list among the article's lists, in document order
 * @param entries   continuations without a parent ({@code follow=}, number 0) first, then the numbered entries in
 *                  number order; never an entry without a definition
 * @param automatic whether Cite generated this list at the end of the page (no {@code <references/>} for the
 *                  default group)
 */
public record RefList(String group, int index, List<RefEntry> entries, boolean automatic) {
    public RefList {
        entries = List.copyOf(entries);
    }
}
