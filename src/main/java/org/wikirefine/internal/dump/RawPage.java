package org.wikirefine.internal.dump;

import org.wikirefine.Page;

/** A page as parsed from XML, before the integrity checks turn it into a {@link Page} or an error. */
record RawPage(long id, int ns, boolean nsPresent, String title, String redirect, long revisionId, String timestamp,
               String sha1, String text, boolean textDeleted) {

    Page toPage(int resolvedNs) {
        return new Page(id, resolvedNs, title == null ? "" : title, redirect, revisionId, timestamp,
                sha1 == null || sha1.isEmpty() ? null : sha1, text == null ? "" : text);
    }
}
