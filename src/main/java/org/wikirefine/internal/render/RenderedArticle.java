package org.wikirefine.internal.render;

import java.util.List;

import org.wikirefine.Infobox;
import org.wikirefine.Reference;
import org.wikirefine.Variant;

/**
 * An article after the conversion pass for one variant: every string is final display text. The format writers
 * serialise this; none of them converts anything.
 */
public record RenderedArticle(Variant variant, String title, List<Infobox> infoboxes, List<RenderedBlock> body,
                              List<Reference> references) {
}
