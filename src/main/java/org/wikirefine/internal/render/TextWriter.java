package org.wikirefine.internal.render;

import java.util.List;

import org.wikirefine.Format;
import org.wikirefine.RenderOptions;

/**
 * {@code text}: prose for corpora. Paragraphs separated by a blank line, headings on their own lines, list items
 * one per line, table rows one per line with cells separated by {@code " | "}; markers only if asked; infoboxes
 * only if asked; the numbered reference lists where the page places them (the default group's automatic list at
 * the end) unless switched off.
 */
final class TextWriter {

    private TextWriter() {
    }

    static String write(RenderedArticle a, RenderOptions o) {
        boolean markers = o.markersFor(Format.TEXT);
        Out out = new Out();
        if (o.includeInfobox()) {
            for (RenderedArticle.RenderedInfobox ib : a.renderedInfoboxes()) {
                StringBuilder sb = new StringBuilder();
                for (RenderedArticle.RenderedField f : ib.fields()) {
                    sb.append(f.key()).append(": ").append(marked(f.text(), markers).replace("\n", "; ")).append('\n');
                }
                out.block(sb.toString().strip());
            }
        }
        for (RenderedBlock b : a.body()) {
            if (b instanceof RenderedBlock.Heading h) {
                out.block(h.text());
            } else if (b instanceof RenderedBlock.Paragraph p) {
                out.block(marked(p.text(), markers));
            } else if (b instanceof RenderedBlock.ListItem li) {
                out.line(marked(li.text(), markers).replace('\n', ' '));
            } else if (b instanceof RenderedBlock.Table t) {
                StringBuilder sb = new StringBuilder();
                if (!t.caption().isBlank()) {
                    sb.append(marked(t.caption(), markers)).append('\n');
                }
                for (List<RenderedBlock.Cell> row : t.rows()) {
                    StringBuilder line = new StringBuilder();
                    for (RenderedBlock.Cell c : row) {
                        if (line.length() > 0) {
                            line.append(" | ");
                        }
                        line.append(marked(c.text(), markers).replace('\n', ' '));
                    }
                    if (!line.toString().isBlank()) {
                        sb.append(line).append('\n');
                    }
                }
                out.block(sb.toString().strip());
            } else if (b instanceof RenderedBlock.Preformatted p) {
                out.block(marked(p.text(), markers));
            } else if (b instanceof RenderedBlock.ReferenceList r && o.includeReferences()) {
                out.block(list(r.entries()));
            }
        }
        return out.toString();
    }

    static String marked(String text, boolean markers) {
        return MarkerText.replace(text, markers, "[", "]");
    }

    static String list(List<RenderedArticle.RenderedReference> refs) {
        StringBuilder sb = new StringBuilder();
        for (RenderedArticle.RenderedReference r : refs) {
            if (r.number() > 0) {
                sb.append(r.label()).append(". ");
            }
            sb.append(r.text().replace('\n', ' ')).append('\n');
        }
        return sb.toString().strip();
    }

    /** Joins blocks with blank lines and consecutive list lines with single newlines. */
    static final class Out {
        private final StringBuilder sb = new StringBuilder();
        private boolean inLines;

        void block(String text) {
            if (text == null || text.isBlank()) {
                return;
            }
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(text);
            inLines = false;
        }

        void line(String text) {
            if (text == null || text.isBlank()) {
                return;
            }
            if (sb.length() > 0) {
                sb.append(inLines ? "\n" : "\n\n");
            }
            sb.append(text);
            inLines = true;
        }

        @Override
        public String toString() {
            return sb.length() == 0 ? "" : sb.append('\n').toString();
        }
    }
}
