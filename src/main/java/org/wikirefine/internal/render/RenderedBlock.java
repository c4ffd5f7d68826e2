package org.wikirefine.internal.render;

import java.util.List;

/**
 * Converted block content. Text may contain reference-marker placeholders ({@link MarkerText}) that each format
 * writer shows its own way ({@code [n]}, {@code [^n]}, nothing).
 */
public sealed interface RenderedBlock {

    record Heading(int level, String text) implements RenderedBlock {
    }

    record Paragraph(String text) implements RenderedBlock {
    }

    /** One list item; depth starts at 1; kind is one of {@code * # ; :}. */
    record ListItem(int depth, char kind, int ordinal, String text) implements RenderedBlock {
    }

    record Table(String caption, List<List<Cell>> rows) implements RenderedBlock {
    }

    record Cell(boolean header, String text) {
    }

    record Preformatted(String text) implements RenderedBlock {
    }

    record HorizontalRule() implements RenderedBlock {
    }

    /** A reference list at its place: the entries it shows (one group, since that group's previous list). */
    record ReferenceList(String group, List<RenderedArticle.RenderedReference> entries) implements RenderedBlock {
    }
}
