package org.wikirefine.internal.model;

import java.util.List;

import org.wikirefine.Coordinates;

/**
 * Facts about a page besides its content, variant-independent.
 *
 * @param url              the page's URL on its wiki, or {@code null}
 * @param shortDescription the {@code {{Short description|…}}} text, or {@code null}
 * @param coordinates      coordinates from {@code {{coord}}} calls (body and infoboxes), in document order
 * @param articlePath      the wiki's article path with {@code $1} for the title (internal link targets), or
 *                         {@code null}
 */
public record PageFacts(String url, String shortDescription, List<Coordinates> coordinates, String articlePath) {

    public PageFacts {
        coordinates = List.copyOf(coordinates);
    }

    /** No facts (a page built without a profile). */
    public static final PageFacts NONE = new PageFacts(null, null, List.of(), null);
}
