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

    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<~]|&(?=#?\\w+;))");
    /** Line starts CommonMark reads as block markup; the first character gets a backslash. */
    private static final Pattern LINE_START_SPECIAL =
            Pattern.compile("^(#{1,6}(\\s|$)|>|[+-](\\s|$)|=+\\s*$|-{3,}\\s*$)");
    /** An ordered-list start ({@code 1984. was}): the backslash goes before the delimiter ({@code 1984\\.}). */
    private static final Pattern ORDERED_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

    private final RenderedArticle article;
    private final boolean markers;
    /** Footnote id of each listed entry, by list index and label. */
    private final java.util.Map<String, String> ids = new java.util.HashMap<>();
    /** Footnote ids some marker in the written body points to. */
    private final java.util.Set<String> cited = new java.util.HashSet<>();

    /** Internal links as links to the wiki's pages ({@link RenderOptions#internalLinks()}); else their labels. */
    private final boolean internalLinks;

    private MarkdownWriter(RenderedArticle article, boolean markers, boolean internalLinks) {
        this.article = article;
        this.markers = markers;
        this.internalLinks = internalLinks;
        assignFootnoteIds();
    }

    static String write(RenderedArticle a, RenderOptions o) {
        return new MarkdownWriter(a, o.markersFor(Format.MARKDOWN), o.internalLinks()).write();
    }

    private String write() {
        RenderedArticle a = article;
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: ").append(Yaml.quote(a.title())).append('\n');
        if (a.model().wiki().convertsVariants()) {
            fm.append("variant: ").append(a.variant().code()).append('\n');
        } else {
            fm.append("language: ").append(a.model().wiki().language()).append('\n'); // never a zh variant
        }
        frontMatterFacts(fm);
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
                    fm.append("        value: ").append(Yaml.quote(LinkMarks.labelsOnly(MarkerText.replace(f.text(), false, "", ""))))
                            .append('\n');
                }
            }
        }
        fm.append("---\n");
        // Two passes: the body first, so that each reference list knows which of its entries a marker points to.
        List<Object> parts = new java.util.ArrayList<>();
        parts.add(new Piece(true, "# " + escape(a.title())));
        for (RenderedArticle.RenderedInfobox ib : a.renderedInfoboxes()) {
            parts.add(new Piece(true, infobox(ib)));
        }
        for (RenderedBlock b : a.body()) {
            if (b instanceof RenderedBlock.Heading h) {
                parts.add(new Piece(true, "#".repeat(Math.max(2, Math.min(6, h.level()))) + " " + inline(h.text())));
            } else if (b instanceof RenderedBlock.Paragraph p) {
                parts.add(new Piece(true, paragraph(p.text())));
            } else if (b instanceof RenderedBlock.ListItem li) {
                String indent = "  ".repeat(Math.max(0, li.depth() - 1));
                String text = inline(li.kind() == ';' ? bold(li.text()) : li.text()).replace("\n", " ");
                parts.add(new Piece(false, switch (li.kind()) {
                    case '#' -> indent + li.ordinal() + ". " + text;
                    case ';' -> indent + "- " + text;
                    case ':' -> indent + "  " + text;
                    default -> indent + "- " + text;
                }));
            } else if (b instanceof RenderedBlock.Table t) {
                parts.add(new Piece(true, table(t)));
            } else if (b instanceof RenderedBlock.Preformatted p) {
                String body = LinkMarks.labelsOnly(MarkerText.replace(p.text(), false, "", ""));
                String fence = body.contains("```") ? "~~~~" : "```";
                parts.add(new Piece(true, fence + "\n" + body + "\n" + fence));
            } else if (b instanceof RenderedBlock.HorizontalRule) {
                parts.add(new Piece(true, "---"));
            } else if (b instanceof RenderedBlock.ReferenceList r) {
                parts.add(r);
            }
        }
        TextWriter.Out out = new TextWriter.Out();
        for (Object part : parts) {
            if (part instanceof Piece p && p.block()) {
                out.block(p.text());
            } else if (part instanceof Piece p) {
                out.line(p.text());
            } else {
                out.block(footnotes(((RenderedBlock.ReferenceList) part).entries()));
            }
        }
        return fm + "\n" + out;
    }

    /** Page id, revision and timestamp (from a dump), URL and short description, when known. */
    private void frontMatterFacts(StringBuilder fm) {
        org.wikirefine.Page p = article.model().page();
        if (p.id() >= 0) {
            fm.append("id: ").append(p.id()).append('\n');
        }
        if (p.revisionId() >= 0) {
            fm.append("revision: ").append(p.revisionId()).append('\n');
        }
        if (p.timestamp() != null) {
            fm.append("timestamp: ").append(Yaml.quote(p.timestamp())).append('\n');
        }
        if (article.model().facts().url() != null) {
            fm.append("url: ").append(Yaml.quote(article.model().facts().url())).append('\n');
        }
        if (article.model().facts().shortDescription() != null) {
            fm.append("short_description: ").append(Yaml.quote(article.model().facts().shortDescription())).append('\n');
        }
    }

    /** Rendered Markdown of one block; {@code block} false for a list line (no blank line before it). */
    private record Piece(boolean block, String text) {
    }

    /**
     * An infobox as a two-column table under its template name, at the top of the body where MediaWiki shows it:
     * its values carry footnote markers, so references cited only in the infobox are reachable in the Markdown.
     */
    private String infobox(RenderedArticle.RenderedInfobox ib) {
        List<List<RenderedBlock.Cell>> rows = new java.util.ArrayList<>();
        for (RenderedArticle.RenderedField f : ib.fields()) {
            rows.add(List.of(new RenderedBlock.Cell(false, f.key()), new RenderedBlock.Cell(false, f.text())));
        }
        return rows.isEmpty() ? "" : table(new RenderedBlock.Table(ib.template(), rows));
    }

    /**
     * One id per listed entry: its label, made unique with the list's number when a page lists the same group
     * more than once (Cite numbers each list from 1 again).
     */
    private void assignFootnoteIds() {
        java.util.Map<String, Integer> lists = new java.util.HashMap<>();
        for (RenderedArticle.RenderedReference r : article.renderedReferences()) {
            if (r.number() > 0) {
                lists.merge(r.label(), 1, Integer::sum);
            }
        }
        for (RenderedArticle.RenderedReference r : article.renderedReferences()) {
            if (r.number() > 0) {
                String id = r.label().replace(' ', '-');
                ids.put(r.list() + "/" + r.label(), lists.get(r.label()) > 1 ? id + "_" + (r.list() + 1) : id);
            }
        }
    }

    private String paragraph(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : inline(text).split("\n")) {
            if (sb.length() > 0) {
                sb.append("  \n"); // a hard line break for <br>
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** Rendered text as Markdown inline content: escaped text, footnote references, links, bold and italic. */
    private String inline(String text) {
        return EmphasisMarks.delimiters(marked(text));
    }

    /** Rendered text shown bold as a whole (a term, a caption). */
    private static String bold(String text) {
        return EmphasisMarks.BOLD + text + EmphasisMarks.END;
    }

    /** {@link #inline} with bold and italic still as {@link EmphasisMarks} (a link label inside a larger text). */
    private String marked(String text) {
        StringBuilder sb = new StringBuilder();
        int n = text.length();
        int start = 0;
        for (int k = 0; k <= n; k++) {
            char c = k == n ? 0 : text.charAt(k);
            if (k == n || c == MarkerText.START || LinkMarks.isStart(c)) {
                sb.append(escape(text.substring(start, k)));
                if (k == n) {
                    break;
                }
                int end = text.indexOf(c == MarkerText.START ? MarkerText.END : LinkMarks.END, k);
                if (end < 0) {
                    start = k + 1; // a broken mark: dropped, the text stays
                    continue;
                }
                if (c == MarkerText.START) {
                    marker(text.substring(k + 1, end), sb);
                } else {
                    link(text.substring(k, end), sb);
                }
                k = end;
                start = end + 1;
            }
        }
        return sb.toString();
    }

    /** A link ({@link LinkMarks} without its end mark): {@code [label](url)}, or the label alone. */
    private void link(String marked, StringBuilder sb) {
        int label = marked.indexOf(LinkMarks.LABEL);
        String url = label < 0 ? "" : marked.substring(1, label);
        String shown = marked(label < 0 ? marked.substring(1) : marked.substring(label + 1));
        boolean asLink = !url.isBlank() && !shown.isBlank() && (marked.charAt(0) == LinkMarks.EXTERNAL || internalLinks);
        if (asLink) {
            if (sb.length() >= 2 && sb.charAt(sb.length() - 1) == '[' && sb.charAt(sb.length() - 2) == '\\') {
                // "\[[label](url)" is right but reads as wiki link markup: the literal bracket as an entity instead.
                sb.setLength(sb.length() - 2);
                sb.append("&#91;");
            }
            sb.append('[').append(shown).append("](").append(destination(url)).append(')');
        } else {
            sb.append(shown);
        }
    }

    /**
     * A link destination CommonMark reads whole: spaces, brackets and angle brackets percent-encoded (the URL is
     * already an address: {@link org.wikirefine.internal.site.SiteUrls#externalUrl}).
     */
    private static String destination(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case ' ' -> sb.append("%20");
                case '(' -> sb.append("%28");
                case ')' -> sb.append("%29");
                case '<' -> sb.append("%3C");
                case '>' -> sb.append("%3E");
                case '\\' -> sb.append("%5C");
                case '\n', '\r', '\t' -> sb.append("%20");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A footnote reference, only for an entry some list shows (a marker of an unlisted group has no target). */
    private void marker(String inner, StringBuilder sb) {
        String id = ids.get(MarkerText.list(inner) + "/" + MarkerText.label(inner));
        if (markers && id != null) {
            cited.add(id);
            sb.append("[^").append(id).append(']');
        }
        if (markers) {
            sb.append(escape(MarkerText.suffix(inner)));
        }
    }

    static String escape(String s) {
        String t = INLINE_SPECIAL.matcher(s).replaceAll("\\\\$1");
        StringBuilder sb = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            java.util.regex.Matcher ordered = ORDERED_START.matcher(line);
            if (ordered.find()) {
                sb.append(ordered.group(1)).append('\\').append(line, ordered.end(1), line.length());
            } else {
                sb.append(LINE_START_SPECIAL.matcher(line).find() ? "\\" + line : line);
            }
        }
        return sb.toString();
    }

    /**
     * A list's entries: footnote definitions for entries a marker points to; the others (cited only where no
     * marker is written, such as inside a dropped template) as plain {@code [n] text} lines, so no entry is lost.
     */
    private String footnotes(List<RenderedArticle.RenderedReference> refs) {
        StringBuilder defs = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (RenderedArticle.RenderedReference r : refs) {
            String text = inline(r.text().replace('\n', ' '));
            String id = r.number() == 0 ? null : ids.get(r.list() + "/" + r.label());
            if (id != null && cited.contains(id)) {
                defs.append("[^").append(id).append("]: ").append(text).append('\n');
            } else if (r.number() == 0) {
                plain.append(text).append("\n\n"); // an unnumbered continuation (follow= without parent)
            } else {
                plain.append("\\[").append(escape(r.label())).append("\\] ").append(text).append("\n\n");
            }
        }
        return (plain + defs.toString()).strip();
    }

    private String table(RenderedBlock.Table t) {
        int cols = 0;
        for (List<RenderedBlock.Cell> row : t.rows()) {
            cols = Math.max(cols, row.size());
        }
        if (cols == 0) {
            return t.caption().isBlank() ? "" : inline(t.caption());
        }
        StringBuilder sb = new StringBuilder();
        if (!t.caption().isBlank()) {
            sb.append(inline(bold(t.caption())).replace("\n", " ")).append("\n\n");
        }
        List<List<RenderedBlock.Cell>> rows = t.rows();
        boolean headerRow = !rows.isEmpty() && rows.get(0).stream().allMatch(RenderedBlock.Cell::header);
        int first = 0;
        if (headerRow) {
            sb.append(row(rows.get(0), cols));
            first = 1;
        } else {
            sb.append("|").append(" |".repeat(cols)).append('\n');
        }
        sb.append("|").append(" --- |".repeat(cols)).append('\n');
        for (int r = first; r < rows.size(); r++) {
            sb.append(row(rows.get(r), cols));
        }
        return sb.toString().strip();
    }

    private String row(List<RenderedBlock.Cell> cells, int cols) {
        StringBuilder sb = new StringBuilder("|");
        for (int c = 0; c < cols; c++) {
            String text = c < cells.size() ? inline(cells.get(c).text()).replace("\n", "; ") : "";
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
