package org.wikirefine.internal.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wikirefine.Article;
import org.wikirefine.BaseConversion;
import org.wikirefine.Diagnostic;
import org.wikirefine.Format;
import org.wikirefine.Page;
import org.wikirefine.RenderOptions;
import org.wikirefine.TemplateCall;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;

/**
 * The real {@link PageProcessor}: parses each page once with a shared {@link WikiRefiner} and renders it in every
 * requested variant (conversion is the last pass, so extra variants are cheap).
 */
public final class RefinerPageProcessor implements PageProcessor {

    private final WikiRefiner refiner;
    private final List<Variant> variants;
    private final Format format;
    private final RenderOptions options;

    /** A processor with the default render options (JSON, as the Spark job writes). */
    public RefinerPageProcessor(WikiRefiner refiner, List<Variant> variants, Format format) {
        this(refiner, variants, format, RenderOptions.defaults());
    }

    public RefinerPageProcessor(WikiRefiner refiner, List<Variant> variants, Format format, RenderOptions options) {
        this.refiner = refiner;
        this.variants = List.copyOf(variants);
        this.format = format;
        this.options = options;
    }

    @Override
    public Optional<BaseConversion> baseConversion() {
        return Optional.of(refiner.baseConversion());
    }

    @Override
    public Result process(Page page) {
        Article a = refiner.parse(page);
        List<Output> outs = new ArrayList<>(variants.size());
        WikiProfile wiki = refiner.profile();
        for (Variant v : variants) {
            // a wiki without variants labels its one rendering by its language, never "zh"
            outs.add(new Output(wiki.convertsVariants() ? v.code() : wiki.language(), a.render(v, format, options)));
        }
        List<String> codes = new ArrayList<>();
        for (Diagnostic d : a.diagnostics()) {
            codes.add(d.code());
        }
        List<String> unknown = new ArrayList<>();
        for (TemplateCall t : a.templates()) {
            if (!t.handled()) {
                unknown.add(t.name());
            }
        }
        return new Result(outs, codes, unknown);
    }
}
