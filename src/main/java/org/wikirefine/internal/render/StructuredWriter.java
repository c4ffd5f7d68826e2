package org.wikirefine.internal.render;

import java.util.List;

import org.wikirefine.Format;
import org.wikirefine.RenderOptions;

/**
 * {@code structured}: {@code = Title =}, one block per infobox headed by its template name of {@code - key: value} lines per
 * infobox (a value with several items as an indented sub-list), {@code == Section ==} headings, prose, lists,
 * tables, and the numbered references where the page lists them (the default group's automatic list at the end).
 */
final class StructuredWriter {

    private StructuredWriter() {
    }

    static String write(RenderedArticle a, RenderOptions o) {
        boolean markers = o.markersFor(Format.STRUCTURED);
        TextWriter.Out out = new TextWriter.Out();
        out.block("= " + a.title() + " =");
        for (RenderedArticle.RenderedInfobox ib : a.renderedInfoboxes()) {
            out.block(infobox(ib, markers));
        }
        for (RenderedBlock b : a.body()) {
            if (b instanceof RenderedBlock.Heading h) {
                String eq = "=".repeat(Math.max(2, Math.min(6, h.level())));
                out.block(eq + " " + h.text() + " " + eq);
            } else if (b instanceof RenderedBlock.Paragraph p) {
                out.block(TextWriter.marked(p.text(), markers));
            } else if (b instanceof RenderedBlock.ListItem li) {
                String indent = "  ".repeat(Math.max(0, li.depth() - 1));
                String bullet = switch (li.kind()) {
                    case '#' -> li.ordinal() + ".";
                    case ';' -> "-";
                    case ':' -> " ";
                    default -> "-";
                };
                String text = TextWriter.marked(li.text(), markers).replace('\n', ' ');
                out.line(li.kind() == ':' && li.depth() == 1 ? "  " + text : indent + bullet + " " + text);
            } else if (b instanceof RenderedBlock.Table t) {
                out.block(table(t, markers));
            } else if (b instanceof RenderedBlock.Preformatted p) {
                out.block(TextWriter.marked(p.text(), markers));
            } else if (b instanceof RenderedBlock.HorizontalRule) {
                out.block("----");
            } else if (b instanceof RenderedBlock.ReferenceList r) {
                out.block(TextWriter.list(r.entries()));
            }
        }
        return out.toString();
    }

    /** The infobox block; also the format of the fixtures' {@code infobox} section. */
    static String infobox(RenderedArticle.RenderedInfobox ib, boolean markers) {
        StringBuilder sb = new StringBuilder(ib.template()).append('\n');
        for (RenderedArticle.RenderedField f : ib.fields()) {
            String text = TextWriter.marked(f.text(), markers);
            String[] items = text.split("\n");
            if (items.length == 1) {
                sb.append("- ").append(f.key()).append(": ").append(text).append('\n');
            } else {
                sb.append("- ").append(f.key()).append(":\n");
                for (String item : items) {
                    if (!item.isBlank()) {
                        sb.append("  - ").append(item.strip()).append('\n');
                    }
                }
            }
        }
        return sb.toString().strip();
    }

    private static String table(RenderedBlock.Table t, boolean markers) {
        StringBuilder sb = new StringBuilder();
        if (!t.caption().isBlank()) {
            sb.append(TextWriter.marked(t.caption(), markers)).append('\n');
        }
        for (List<RenderedBlock.Cell> row : t.rows()) {
            StringBuilder line = new StringBuilder("|");
            for (RenderedBlock.Cell c : row) {
                line.append(' ').append(TextWriter.marked(c.text(), markers).replace('\n', ' ')).append(" |");
            }
            sb.append(line).append('\n');
        }
        return sb.toString().strip();
    }
}
