package org.wikirefine.internal.dump;

import org.wikirefine.SiteInfo;

/** Per-page integrity checks between XML and the pipeline: deleted text, the revision sha1. */
final class PageChecks {

    private PageChecks() {
    }

    static DumpItem check(RawPage p, SiteInfo si, boolean verifySha1) {
        String title = p.title() == null ? "" : p.title();
        if (p.textDeleted()) {
            return new DumpItem.Failed(ErrorRecord.forPage(p.id(), title, "read", "TEXT_DELETED",
                    "the revision text is marked deleted in the dump"));
        }
        if (p.text() == null) {
            return new DumpItem.Failed(ErrorRecord.forPage(p.id(), title, "read", "MISSING_TEXT",
                    "the page's revision has no <text> element"));
        }
        String text = p.text();
        if (verifySha1 && p.sha1() != null && !p.sha1().isEmpty()) {
            String actual = Sha1Base36.of(text);
            if (!actual.equals(p.sha1())) {
                return new DumpItem.Failed(ErrorRecord.forPage(p.id(), title, "read", "SHA1_MISMATCH",
                        "dump sha1 " + p.sha1() + " but the text hashes to " + actual));
            }
        }
        // schema 0.10+ always has <ns>; older exports do not, so derive it from the title prefix
        int ns = p.nsPresent() || si == null ? p.ns() : si.namespaceOf(title);
        return new DumpItem.Ok(p.toPage(ns));
    }
}
