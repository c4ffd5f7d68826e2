package org.wikirefine.internal.render;

import java.util.List;

/** The top-level fields of the {@code json} format, in the order {@link JsonWriter} writes them (docs/formats.md). */
public final class JsonFields {

    /** Every top-level field a JSON record may carry. */
    public static final List<String> ALL = List.of("id", "title", "source_title", "ns", "revision", "timestamp",
            "wiki", "language", "variant", "url", "short_description", "redirect", "fallback", "infoboxes", "sections", "text",
            "references", "categories", "links", "external_links", "images", "coordinates", "templates_unknown",
            "diagnostics");

    private JsonFields() {
    }
}
