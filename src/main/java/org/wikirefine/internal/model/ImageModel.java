package org.wikirefine.internal.model;

import java.util.List;

/** A file link ({@code [[File:…|caption]]}): dropped from prose, kept in the model with its caption. */
public record ImageModel(String target, List<Inline> caption) {
}
