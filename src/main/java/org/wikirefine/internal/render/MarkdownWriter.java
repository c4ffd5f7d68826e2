package org.wikirefine.internal.render;

import java.util.List;
import java.util.regex.Pattern;

import org.wikirefine.Format;
import org.wikirefine.RenderOptions;

/**
 * {@code markdown}: YAML front matter (title, variant, categories, infoboxes) and a CommonMark/GFM body: {@code #}
 * headings, lists, GFM tables, footnotes {@code [^n]} whose definitions come where the page lists its references.
 */
final class MarkdownWriter {

    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<])");
    private static final Pattern LINE_START_SPECIAL = Pattern.compile("^(#{1,6}\\s|[>+-]\\s|\\d+[.)]\\s|=+\\s*$|-{3,}\\s*$)");

    private MarkdownWriter() {
    }

    static String write(RenderedArticle a, RenderOptions o) {
        boolean markers = o.markersFor(Format.MARKDOWN);
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: ").append(Yaml.quote(a.title())).append('\n');
        if (a.model().wiki().convertsVariants()) {
            fm.append("variant: ").append(a.variant().code()).append('\n');
        } else {
            fm.append("language: ").append(a.model().wiki().language()).append('\n'); // never a zh variant
        }
        if (a.model().redirectTarget() != null) {
            fm.append("redirect: ").append(Yaml.quote(a.model().redirectTarget())).append('\n');
        }
        if (!a.model().categories().isEmpty()) {
            fm.append("categories:\n");
            for (String c : a.model().categories()) {
                fm.append("  - ").append(Yaml.quote(c)).append('\n');
            }
        }
        if (!a.renderedInfoboxes().isEmpty()) {
            fm.append("infoboxes:\n");
            for (RenderedArticle.RenderedInfobox ib : a.renderedInfoboxes()) {
                fm.append("  - template: ").append(Yaml.quote(ib.template())).append('\n');
                fm.append("    fields:\n");
                for (RenderedArticle.RenderedField f : ib.fields()) {
                    fm.append("      - key: ").append(Yaml.quote(f.key())).append('\n');
                    fm.append("        value: ").append(Yaml.quote(MarkerText.replace(f.text(), false, "", ""))).append('\n');
                }
            }
        }
        fm.append("---\n");
        TextWriter.Out out = new TextWriter.Out();
        out.block("# " + escape(a.title()));
        for (RenderedBlock b : a.body()) {
            if (b instanceof RenderedBlock.Heading h) {
                out.block("#".repeat(Math.max(2, Math.min(6, h.level()))) + " " + escape(h.text()));
            } else if (b instanceof RenderedBlock.Paragraph p) {
                out.block(paragraph(p.text(), markers));
            } else if (b instanceof RenderedBlock.ListItem li) {
                String indent = "  ".repeat(Math.max(0, li.depth() - 1));
                String text = inline(li.text(), markers).replace("\n", " ");
                switch (li.kind()) {
                    case '#' -> out.line(indent + li.ordinal() + ". " + text);
                    case ';' -> out.line(indent + "- **" + text + "**");
                    case ':' -> out.line(indent + "  " + text);
                    default -> out.line(indent + "- " + text);
                }
            } else if (b instanceof RenderedBlock.Table t) {
                out.block(table(t, markers));
            } else if (b instanceof RenderedBlock.Preformatted p) {
                String body = MarkerText.replace(p.text(), false, "", "");
                String fence = body.contains("```") ? "~~~~" : "```";
                out.block(fence + "\n" + body + "\n" + fence);
            } else if (b instanceof RenderedBlock.HorizontalRule) {
                out.block("---");
            } else if (b instanceof RenderedBlock.ReferenceList r) {
                out.block(footnotes(r.entries()));
            }
        }
        return fm + "\n" + out;
    }

    private static String paragraph(String text, boolean markers) {
        StringBuilder sb = new StringBuilder();
        for (String line : inline(text, markers).split("\n")) {
            if (sb.length() > 0) {
                sb.append("  \n"); // a hard line break for <br>
            }
            sb.append(line);
        }
        return sb.toString();
    }

    private static String inline(String text, boolean markers) {
        StringBuilder sb = new StringBuilder();
        int n = text.length();
        int start = 0;
        for (int k = 0; k <= n; k++) {
            if (k == n || text.charAt(k) == MarkerText.START) {
                sb.append(escape(text.substring(start, k)));
                if (k == n) {
                    break;
                }
                int end = text.indexOf(MarkerText.END, k);
                if (end < 0) {
                    break;
                }
                if (markers) {
                    String inner = text.substring(k + 1, end);
                    String label = MarkerText.label(inner);
                    sb.append("[^").append(footnoteId(label)).append(']').append(escape(inner.substring(label.length()).replace(
                            String.valueOf(MarkerText.SUFFIX), "")));
                }
                k = end;
                start = end + 1;
            }
        }
        return sb.toString();
    }

    static String escape(String s) {
        String t = INLINE_SPECIAL.matcher(s).replaceAll("\\\\$1");
        StringBuilder sb = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(LINE_START_SPECIAL.matcher(line).find() ? "\\" + line : line);
        }
        return sb.toString();
    }

    private static String footnoteId(String label) {
        return label.replace(' ', '-');
    }

    private static String footnotes(List<RenderedArticle.RenderedReference> refs) {
        StringBuilder sb = new StringBuilder();
        for (RenderedArticle.RenderedReference r : refs) {
            if (r.number() == 0) {
                // An unnumbered continuation (follow= without parent): no footnote points to it.
                sb.append(escape(r.text().replace('\n', ' '))).append("\n\n");
                continue;
            }
            sb.append("[^").append(footnoteId(r.label())).append("]: ").append(escape(r.text().replace('\n', ' '))).append('\n');
        }
        return sb.toString().strip();
    }

    private static String table(RenderedBlock.Table t, boolean markers) {
        int cols = 0;
        for (List<RenderedBlock.Cell> row : t.rows()) {
            cols = Math.max(cols, row.size());
        }
        if (cols == 0) {
            return t.caption().isBlank() ? "" : inline(t.caption(), markers);
        }
        StringBuilder sb = new StringBuilder();
        if (!t.caption().isBlank()) {
            sb.append("**").append(inline(t.caption(), markers).replace("\n", " ")).append("**\n\n");
        }
        List<List<RenderedBlock.Cell>> rows = t.rows();
        boolean headerRow = !rows.isEmpty() && rows.get(0).stream().allMatch(RenderedBlock.Cell::header);
        int first = 0;
        if (headerRow) {
            sb.append(row(rows.get(0), cols, markers));
            first = 1;
        } else {
            sb.append("|").append(" |".repeat(cols)).append('\n');
        }
        sb.append("|").append(" --- |".repeat(cols)).append('\n');
        for (int r = first; r < rows.size(); r++) {
            sb.append(row(rows.get(r), cols, markers));
        }
        return sb.toString().strip();
    }

    private static String row(List<RenderedBlock.Cell> cells, int cols, boolean markers) {
        StringBuilder sb = new StringBuilder("|");
        for (int c = 0; c < cols; c++) {
            String text = c < cells.size() ? inline(cells.get(c).text(), markers).replace("\n", "; ") : "";
            sb.append(' ').append(text.replace("|", "\\|")).append(" |");
        }
        return sb.append('\n').toString();
    }

    /** Minimal YAML scalar quoting: always double-quoted with escapes, so any text is safe. */
    static final class Yaml {
        private Yaml() {
        }

        static String quote(String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\x%02x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            return sb.append('"').toString();
        }
    }
}
