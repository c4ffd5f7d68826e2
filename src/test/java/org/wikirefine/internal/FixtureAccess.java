package org.wikirefine.internal;

import org.wikirefine.internal.reference.RefLabels;

import org.wikirefine.Article;
import org.wikirefine.Format;
import org.wikirefine.RenderOptions;
import org.wikirefine.Variant;

/**
 * Test-only access to internal renderings (the fixture sections {@code infobox} and {@code references}), built from
 * public renderings so that tests do not need internals of {@link Article}.
 */
public final class FixtureAccess {

    private FixtureAccess() {
    }

    /** The structured-format infobox blocks, with markers. */
    public static String infoboxes(Article a, Variant v) {
        String structured = a.render(v, Format.STRUCTURED, RenderOptions.defaults());
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String block : structured.split("\n\n")) {
            if (block.startsWith("Infobox ")) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(block.strip());
                in = true;
            } else if (in) {
                break;
            }
        }
        return sb.toString();
    }

    /** The numbered reference list, every group. */
    public static String references(Article a, Variant v) {
        StringBuilder sb = new StringBuilder();
        for (org.wikirefine.Reference r : a.references(v)) {
            if (r.number() > 0) {
                sb.append(RefLabels.label(r.group(), r.number())).append(". ");
            }
            sb.append(r.text().replace('\n', ' ')).append('\n');
        }
        return sb.toString().strip();
    }
}
