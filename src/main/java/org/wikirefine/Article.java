package org.wikirefine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.wikirefine.internal.InternalMarks;
import org.wikirefine.internal.RefinedPage;

/**
 * One refined page: the parsed article model, rendered on demand to any {@link Variant} and {@link Format}.
 * The page is parsed once; each variant is one extra conversion pass (cached). Thread-safe.
 */
public final class Article {

    private final RefinedPage refined;

    Article(RefinedPage refined) {
        this.refined = Objects.requireNonNull(refined, "refined");
    }

    /** The implementation behind this article (for tests in this package). */
    RefinedPage refined() {
        return refined;
    }

    /** {@return the page this article was refined from (metadata and raw text)} */
    public Page page() {
        return refined.model().page();
    }

    /** {@return the title as stored in the source} */
    public String sourceTitle() {
        return refined.model().page().title();
    }

    /**
     * {@return the title as zh.wikipedia shows it in this variant ({@code DISPLAYTITLE}, {@code -{T|…}-}, page rules)}
     *
     * @param variant the variant to render in
     */
    public String title(Variant variant) {
        return InternalMarks.removeFrom(refined.rendered(variant).title());
    }

    /** {@return the redirect target, if the page is a redirect} */
    public Optional<String> redirectTarget() {
        return Optional.ofNullable(refined.model().redirectTarget());
    }

    /** {@return whether the page is a redirect} */
    public boolean isRedirect() {
        return refined.model().redirectTarget() != null;
    }

    /**
     * {@return infoboxes in document order, values rendered in the variant}
     *
     * @param variant the variant to render in
     */
    public List<Infobox> infoboxes(Variant variant) {
        return refined.rendered(variant).infoboxes();
    }

    /**
     * Every listed reference entry, list by list in document order (Cite starts a group again at 1 after each of its
     * lists; {@link Reference#list()} tells the lists apart; the default group's automatic list comes last); texts
     * in the variant. Refs of a named group with no list after them are not listed, as in MediaWiki.
     *
     * @param variant the variant to render in
     * @return the entries, possibly empty
     */
    public List<Reference> references(Variant variant) {
        return refined.rendered(variant).references();
    }

    /** {@return category names (without namespace prefix), in source order, duplicates removed} */
    public List<String> categories() {
        return refined.model().categories();
    }

    /** {@return internal link targets in source order, duplicates removed} */
    public List<String> links() {
        return refined.model().links();
    }

    /**
     * External link URLs in document order (infoboxes, body, then references, citation templates included),
     * duplicates removed: what MediaWiki records as the page's external links.
     *
     * @return the URLs
     */
    public List<String> externalLinks() {
        return org.wikirefine.internal.model.ExternalLinks.of(refined.model());
    }

    /** {@return the page's URL on its wiki (from the profile's article path), if known} */
    public Optional<String> url() {
        return Optional.ofNullable(refined.model().facts().url());
    }

    /** {@return the page's {@code {{Short description}}}, if it has one} */
    public Optional<String> shortDescription() {
        return Optional.ofNullable(refined.model().facts().shortDescription());
    }

    /**
     * {@return coordinates the page gives with {@code {{coord}}}, in its text or infoboxes, in document order; without
     * any, the point of infobox latitude/longitude parameters ({@code display} {@code infobox})}
     */
    public List<Coordinates> coordinates() {
        return refined.model().facts().coordinates();
    }

    /**
     * Files the page shows, with their captions in the variant, in document order.
     *
     * @param variant the variant of the captions
     * @return the images
     */
    public List<Image> images(Variant variant) {
        return refined.rendered(variant).images().stream().map(i -> new Image(i.file(), i.caption())).toList();
    }

    /** {@return every template call of the page, in document order (nested calls after their parent)} */
    public List<TemplateCall> templates() {
        return refined.model().templates();
    }

    /** {@return problems found while refining: bad markup, unknown templates, reference errors, limits hit} */
    public List<Diagnostic> diagnostics() {
        return refined.diagnostics();
    }

    /** {@return whether a limit forced a plain-text fallback instead of a full parse (see {@link #diagnostics()})} */
    public boolean isFallback() {
        return refined.model().fallback();
    }

    /**
     * {@return plain prose in the variant ({@link Format#TEXT} with default options)}
     *
     * @param variant the variant to render in
     */
    public String text(Variant variant) {
        return render(variant, Format.TEXT);
    }

    /**
     * Renders the article in a variant and format with default options.
     *
     * @param variant the variant to render in
     * @param format the output format
     * @return the rendering
     */
    public String render(Variant variant, Format format) {
        return render(variant, format, RenderOptions.defaults());
    }

    /**
     * Renders the article in a variant and format.
     *
     * @param variant the variant to render in
     * @param format the output format
     * @param options markers, infobox and reference list switches
     * @return the rendering
     * @throws WorkLimitExceededException when converting and rendering this page in this variant needs more work
     *         than the page's budget (deterministic: counted in work done, never in time)
     */
    public String render(Variant variant, Format format, RenderOptions options) {
        return refined.render(Objects.requireNonNull(variant, "variant"), Objects.requireNonNull(format, "format"),
                Objects.requireNonNull(options, "options"));
    }
}
