package org.wikirefine.internal.article;

import java.util.List;
import java.util.Map;

import org.wikirefine.Diagnostic;
import org.wikirefine.internal.model.Block;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.wikitext.WikiTags;

/**
 * What an extension tag ({@code <ref>}, {@code <pre>}, {@code <gallery>}, {@code <poem>}, {@code <nowiki>},
 * {@code <syntaxhighlight>}…) becomes, for both walkers: Cite's tags go to the {@link ReferenceStage}, bodies
 * shown as written become verbatim text, the tag lists of {@link WikiTags} decide the rest. One per page.
 */
final class ExtensionTags {

    private final ArticleBuilder builder;
    private final ReferenceStage references;

    ExtensionTags(ArticleBuilder builder, ReferenceStage references) {
        this.builder = builder;
        this.references = references;
    }

    /** An extension tag, from either parser: name lower case, attributes decoded, raw body. */
    void tag(String name, Map<String, String> attrs, String body, boolean noBody, List<Inline> out, BlockSink sink) {
        if (name.equals("references") && !references.referencesTagValid(attrs)) {
            return; // Cite shows only an (inline) error: no list, the group stays open
        }
        if (sink != null && WikiTags.BLOCK_EXTENSION.contains(name)
                && !(name.equals("syntaxhighlight") && attrs.get("inline") != null)) {
            sink.flush();
            out = sink.inline();
        }
        switch (name) {
            case "ref":
                references.refTag(attrs, body, noBody, out);
                return;
            case "references":
                references.referenceListFromText(attrs.get("group"), body, sink);
                return;
            case "pre":
                if (sink != null) {
                    sink.add(new Block.Preformatted(List.of(new Inline.Verbatim(HtmlEntities.decode(body)))));
                } else {
                    out.add(new Inline.Verbatim(HtmlEntities.decode(body)));
                }
                return;
            case "gallery":
                gallery(body);
                return;
            case "poem":
                out.addAll(builder.parseFragmentInline(body.strip().replace("\n", "<br/>\n")));
                if (sink != null) {
                    sink.flush();
                }
                return;
            default:
                break;
        }
        if (WikiTags.VERBATIM.contains(name)) {
            verbatim(name, attrs, body, out, sink);
            return;
        }
        if (WikiTags.DROPPED.contains(name)) {
            return;
        }
        builder.diagnostic("UNKNOWN_TAG", Diagnostic.Severity.INFO, "tag <" + name + "> is not known; its content was"
                + " dropped");
    }

    /**
     * A tag whose body is shown as written: a block of code at block level unless it is inline; MediaWiki decodes
     * entities inside {@code <nowiki>} (and {@code <pre>}): they are "nowiki" but not entity-raw.
     */
    private static void verbatim(String name, Map<String, String> attrs, String body, List<Inline> out,
                                 BlockSink sink) {
        if (sink != null && (name.equals("syntaxhighlight") || name.equals("source"))
                && !"1".equals(attrs.get("inline")) && attrs.get("inline") == null) {
            sink.add(new Block.Preformatted(List.of(new Inline.Verbatim(body))));
        } else {
            out.add(new Inline.Verbatim(name.equals("nowiki") ? HtmlEntities.decode(body) : body));
        }
    }

    /** A gallery's lines: {@code File:x.jpg|caption}, each an image of the page. */
    void gallery(String body) {
        for (String line : body.split("\n")) {
            String l = line.trim();
            if (l.isEmpty()) {
                continue;
            }
            // A caption may hold a template with its own bars (a cited source): only top-level bars split.
            List<String> parts = org.wikirefine.internal.wikitext.WikitextScan.splitTopLevel(l, false);
            String target = parts.get(0);
            String caption = parts.size() < 2 ? "" : parts.get(parts.size() - 1);
            builder.image(target.trim(), caption.isBlank() ? List.of() : builder.parseFragmentInline(caption));
        }
    }
}
