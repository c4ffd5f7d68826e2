package org.wikirefine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.wikirefine.Diagnostic;
import org.wikirefine.Format;
import org.wikirefine.RenderOptions;
import org.wikirefine.Variant;
import org.wikirefine.internal.convert.ConversionSession;
import org.wikirefine.internal.convert.VariantConverter;
import org.wikirefine.internal.model.ArticleModel;
import org.wikirefine.internal.parse.ParseRunner;
import org.wikirefine.internal.render.RenderPass;
import org.wikirefine.internal.render.RenderedArticle;
import org.wikirefine.internal.render.Renderers;

/** A parsed article plus a per-variant cache of its conversion pass. Thread-safe. */
final class DefaultRefinedPage implements RefinedPage {

    private final ArticleModel model;
    private final VariantConverter converter;
    private final Map<Variant, RenderedArticle> rendered = new ConcurrentHashMap<>();
    /** The renderings for Markdown, whose texts keep link targets (a second conversion pass, only when asked). */
    private final Map<Variant, RenderedArticle> renderedWithLinks = new ConcurrentHashMap<>();
    private final Map<Variant, List<Diagnostic>> conversionDiagnostics = new ConcurrentHashMap<>();

    DefaultRefinedPage(ArticleModel model, VariantConverter converter) {
        this.model = model;
        this.converter = converter;
    }

    @Override
    public ArticleModel model() {
        return model;
    }

    @Override
    public RenderedArticle rendered(Variant variant) {
        // Rendering walks the model recursively on the caller's stack: enough for any real page, not always for
        // one nested thousands deep by unclosed tags.
        return ParseRunner.withEnoughStack(() -> rendered.computeIfAbsent(variant, v -> {
            // only zh converts: every other wiki's text is rendered as written, whatever variant is asked for
            Variant conversion = model.wiki().convertsVariants() ? v : Variant.ZH;
            ConversionSession session = converter.open(conversion, model.noContentConvert(), model.noTitleConvert());
            RenderedArticle r = RenderPass.render(model, v, session);
            conversionDiagnostics.put(v, List.copyOf(session.diagnostics()));
            return r;
        }));
    }

    @Override
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(model.diagnostics());
        for (Variant v : Variant.values()) {
            List<Diagnostic> d = conversionDiagnostics.get(v);
            if (d != null) {
                for (Diagnostic x : d) {
                    if (!all.contains(x)) {
                        all.add(x);
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    private RenderedArticle renderedWithLinks(Variant variant) {
        return ParseRunner.withEnoughStack(() -> renderedWithLinks.computeIfAbsent(variant,
                v -> RenderPass.renderWithLinks(model, v, converter.open(v, model.noContentConvert(), model.noTitleConvert()))));
    }

    @Override
    public String render(Variant variant, Format format, RenderOptions options) {
        RenderedArticle r = format == Format.MARKDOWN ? renderedWithLinks(variant) : rendered(variant);
        List<Diagnostic> diags = new ArrayList<>(model.diagnostics());
        diags.addAll(conversionDiagnostics.getOrDefault(variant, List.of()));
        return ParseRunner.withEnoughStack(() -> Renderers.write(r, format, options, diags));
    }
}
