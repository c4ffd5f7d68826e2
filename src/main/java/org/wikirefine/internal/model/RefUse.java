package org.wikirefine.internal.model;

/**
 * One citation of a reference in the text.
 *
 * @param entry  the reference this use points to
 * @param suffix text shown with the marker, e.g. page numbers from {@code {{rp}}}; empty if none
 */
public record RefUse(RefEntry entry, String suffix) {
}
