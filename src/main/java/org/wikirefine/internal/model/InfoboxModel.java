package org.wikirefine.internal.model;

import java.util.List;

/** An infobox before rendering: template name and fields with parsed values, in source order. */
public record InfoboxModel(String template, List<Field> fields) {

    /** One field; items of a list value are separated by {@link Inline.LineBreak}. */
    public record Field(String key, List<Inline> value) {
    }
}
