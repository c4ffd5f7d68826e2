package org.wikirefine.internal.dump;

import org.wikirefine.Page;

/** What a dump source yields, in dump order: a good page, a page-level error, or the end of readable input. */
public sealed interface DumpItem {

    /** A page that passed the reader's checks. */
    record Ok(Page page) implements DumpItem {
    }

    /** A page known to exist (from the XML or the index) that cannot be delivered. */
    record Failed(ErrorRecord error) implements DumpItem {
    }

    /**
     * A span of input that could not be decoded (a damaged bz2 block), after which reading went on: the pages
     * wholly inside it are unknown, so it is recorded but counted as an input error, not as a page.
     */
    record Lost(ErrorRecord error) implements DumpItem {
    }

    /**
     * The input cannot be read any further (no index to resynchronise on). Items before it stand; the pages
     * after it are unknown, so the run ends as fatal.
     */
    record Fatal(ErrorRecord error) implements DumpItem {
    }
}
