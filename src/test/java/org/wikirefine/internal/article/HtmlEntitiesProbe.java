package org.wikirefine.internal.article;

/** Test access to the pipeline's own entity decoding (so tests judge entities exactly as the pipeline reads them). */
public final class HtmlEntitiesProbe {

    private HtmlEntitiesProbe() {
    }

    public static String decode(String s) {
        return HtmlEntities.decode(s);
    }
}
