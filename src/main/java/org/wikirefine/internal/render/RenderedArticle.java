package org.wikirefine.internal.render;

import java.util.ArrayList;
import java.util.List;

import org.wikirefine.Infobox;
import org.wikirefine.Reference;
import org.wikirefine.Variant;
import org.wikirefine.internal.InternalMarks;
import org.wikirefine.internal.model.ArticleModel;

/**
 * An article after the conversion pass for one variant: every string is final display text, with reference
 * markers still as {@link MarkerText} marks for the writers. The format writers serialise this; none of them
 * converts anything.
 */
public record RenderedArticle(ArticleModel model, Variant variant, String title, List<RenderedInfobox> renderedInfoboxes,
                              List<RenderedBlock> body, List<RenderedReference> renderedReferences,
                              List<RenderedImage> images) {

    /** A file shown by the page ({@code [[File:…]]}, gallery lines) with its caption in the variant (markers removed). */
    public record RenderedImage(String file, String caption) {
    }

    /** An infobox with marked texts. */
    public record RenderedInfobox(String template, List<RenderedField> fields) {
    }

    /** A field: {@code text} keeps markers; items are separated by newlines. */
    public record RenderedField(String key, String text, List<String> links, List<Integer> refs) {
    }

    /**
     * A reference entry with its converted text (markers removed); {@code number} 0 and an empty label for an
     * unnumbered continuation; {@code list} is the index of the reference list that shows it; {@code url} the
     * URL it points to, or {@code null}.
     */
    public record RenderedReference(int number, String group, String label, String name, String text,
                                    java.util.Map<String, String> citation, int uses, int list, String url) {
    }

    /** The public view of the infoboxes (markers removed). */
    public List<Infobox> infoboxes() {
        List<Infobox> out = new ArrayList<>();
        for (RenderedInfobox ib : renderedInfoboxes) {
            List<Infobox.Field> fields = new ArrayList<>();
            for (RenderedField f : ib.fields()) {
                fields.add(new Infobox.Field(InternalMarks.removeFrom(f.key()),
                        InternalMarks.removeFrom(MarkerText.replace(f.text(), false, "", "")), f.links(), f.refs()));
            }
            out.add(new Infobox(InternalMarks.removeFrom(ib.template()), fields));
        }
        return out;
    }

    /** The public view of the references. */
    public List<Reference> references() {
        List<Reference> out = new ArrayList<>();
        for (RenderedReference r : renderedReferences) {
            out.add(new Reference(r.number(), InternalMarks.removeFrom(r.group()), InternalMarks.removeFrom(r.name()),
                    InternalMarks.removeFrom(r.text()), r.citation(), r.uses(), r.list(), r.url()));
        }
        return out;
    }
}
