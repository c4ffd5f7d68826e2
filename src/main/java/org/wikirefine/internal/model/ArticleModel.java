package org.wikirefine.internal.model;

import org.wikirefine.WikiProfile;

import java.util.List;

import org.wikirefine.Diagnostic;
import org.wikirefine.Page;
import org.wikirefine.TemplateCall;

/**
 * The parsed article, variant-independent: what the parse and the template and reference stages made of a page.
 * Immutable once built by {@link ArticleBuilder}.
 *
 * @param page             the source page
 * @param redirectTarget   redirect target, or {@code null}
 * @param displayTitle     the {@code {{DISPLAYTITLE:…}}} value (markup removed), or {@code null}
 * @param noContentConvert {@code __NOCONTENTCONVERT__}/{@code __NOCC__} seen
 * @param noTitleConvert   {@code __NOTITLECONVERT__}/{@code __NOTC__} seen
 * @param infoboxes        infoboxes in document order
 * @param body             the body blocks (sections nested)
 * @param referenceLists   every reference list in document order (lists the body does not place, such as the
 *                         default group's automatic list, are shown at the end)
 * @param categories       category names
 * @param links            internal link targets
 * @param images           file links with their captions
 * @param templates        all template calls
 * @param diagnostics      problems found while parsing and building
 * @param fallback         whether a limit forced the plain-text fallback
 * @param facts            URL, short description, coordinates
 * @param wiki             the wiki the page belongs to (names its records, decides whether it converts variants)
 */
public record ArticleModel(Page page, String redirectTarget, String displayTitle, boolean noContentConvert,
                           boolean noTitleConvert, List<InfoboxModel> infoboxes, List<Block> body,
                           List<RefList> referenceLists, List<String> categories, List<String> links,
                           List<ImageModel> images, List<TemplateCall> templates, List<Diagnostic> diagnostics,
                           boolean fallback, PageFacts facts, WikiProfile wiki) {

    /** This model with {@code first} (what was changed where the page entered the pipeline) before its diagnostics. */
    public ArticleModel withDiagnosticsFirst(List<Diagnostic> first) {
        if (first.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new java.util.ArrayList<>(first);
        all.addAll(diagnostics);
        return new ArticleModel(page, redirectTarget, displayTitle, noContentConvert, noTitleConvert, infoboxes, body,
                referenceLists, categories, links, images, templates, List.copyOf(all), fallback, facts, wiki);
    }

    /** Every listed entry: the entries of {@link #referenceLists()} in order. */
    public List<RefEntry> references() {
        List<RefEntry> out = new java.util.ArrayList<>();
        for (RefList l : referenceLists) {
            out.addAll(l.entries());
        }
        return out;
    }
}
