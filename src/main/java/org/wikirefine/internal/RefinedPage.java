package org.wikirefine.internal;

import java.util.List;

import org.wikirefine.Diagnostic;
import org.wikirefine.Format;
import org.wikirefine.RenderOptions;
import org.wikirefine.Variant;
import org.wikirefine.internal.model.ArticleModel;
import org.wikirefine.internal.render.RenderedArticle;

/** An article model together with what renders it; the implementation behind {@link org.wikirefine.Article}. */
public interface RefinedPage {

    ArticleModel model();

    /** The conversion pass for one variant (cached). */
    RenderedArticle rendered(Variant variant);

    /** Parse diagnostics plus those of every variant rendered so far. */
    List<Diagnostic> diagnostics();

    String render(Variant variant, Format format, RenderOptions options);
}
