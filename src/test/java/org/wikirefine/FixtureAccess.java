package org.wikirefine;

import org.wikirefine.internal.render.Renderers;

/** Test-only access to the internal renderings behind the fixture sections {@code infobox} and {@code references}. */
public final class FixtureAccess {

    private FixtureAccess() {
    }

    /** The infobox blocks as in the structured format, with markers. */
    public static String infoboxes(Article a, Variant v) {
        return Renderers.infoboxes(a.refined().rendered(v));
    }

    /** The numbered reference list, every group. */
    public static String references(Article a, Variant v) {
        return Renderers.references(a.refined().rendered(v));
    }
}
