package org.wikirefine.internal.render;

import java.util.List;

import org.wikirefine.Diagnostic;
import org.wikirefine.Format;
import org.wikirefine.RenderOptions;
import org.wikirefine.internal.InternalMarks;

/** Picks the writer for a format. All writers read the same {@link RenderedArticle}. */
public final class Renderers {

    private Renderers() {
    }

    /** The one exit of rendered text: whatever the writer, no internal mark passes ({@link InternalMarks}). */
    public static String write(RenderedArticle article, Format format, RenderOptions options, List<Diagnostic> diagnostics) {
        return InternalMarks.removeFrom(switch (format) {
            case TEXT -> TextWriter.write(article, options);
            case STRUCTURED -> StructuredWriter.write(article, options);
            case MARKDOWN -> MarkdownWriter.write(article, options);
            case JSON -> JsonWriter.write(article, options, diagnostics);
        });
    }

    /** The fixture runner's {@code infobox} section: every infobox in the structured format. */
    public static String infoboxes(RenderedArticle article) {
        StringBuilder sb = new StringBuilder();
        for (RenderedArticle.RenderedInfobox ib : article.renderedInfoboxes()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(StructuredWriter.infobox(ib, true));
        }
        return sb.toString();
    }

    /** The fixture runner's {@code references} section: the numbered list, every group. */
    public static String references(RenderedArticle article) {
        return TextWriter.list(article.renderedReferences());
    }
}
