package org.wikirefine;

import java.util.Objects;

/**
 * One page as read from a dump (or built by a caller): metadata plus raw wikitext.
 *
 * @param id           page id, or {@code -1} when unknown
 * @param ns           namespace number (0 = articles)
 * @param title        the page title as stored, with namespace prefix
 * @param redirect     redirect target from the dump's {@code <redirect title=…/>}, or {@code null}
 * @param revisionId   revision id, or {@code -1} when unknown
 * @param timestamp    revision timestamp (ISO-8601 as in the dump), or {@code null}
 * @param sha1         the dump's base-36 SHA-1 of the text, or {@code null}
 * @param text         raw wikitext, never {@code null}
 */
public record Page(long id, int ns, String title, String redirect, long revisionId, String timestamp,
                   String sha1, String text) {

    /**
     * Checks that title and text are present.
     *
     * @param id         page id, or {@code -1} when unknown
     * @param ns         namespace number (0 = articles)
     * @param title      the page title as stored, with namespace prefix
     * @param redirect   redirect target from the dump's {@code <redirect title=…/>}, or {@code null}
     * @param revisionId revision id, or {@code -1} when unknown
     * @param timestamp  revision timestamp (ISO-8601 as in the dump), or {@code null}
     * @param sha1       the dump's base-36 SHA-1 of the text, or {@code null}
     * @param text       raw wikitext, never {@code null}
     */
    public Page {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    /**
     * {@return a page with only a title and text, as used for single-page parsing}
     *
     * @param title the page title
     * @param text the wikitext
     */
    public static Page of(String title, String text) {
        return new Page(-1, 0, title, null, -1, null, null, text);
    }

    /** {@return true for namespace 0 pages that are not redirects} */
    public boolean isArticle() {
        return ns == 0 && redirect == null;
    }
}
