package org.wikirefine.internal.wikitext;

import java.util.ArrayList;
import java.util.List;

/**
 * Block structure of a range of a {@link Flat} string, line by line (MediaWiki's {@code doBlockLevels},
 * {@code handleTables} and headings): headings, paragraphs split at blank lines, lists (nesting by prefix, a new
 * list where the prefix kind changes), {@code {| |}} tables with nested tables, leading-space preformatted lines
 * and {@code ----}. Nesting of tables is bounded by {@link #MAX_TABLE_NESTING}.
 */
final class BlockParser {

    static final int MAX_TABLE_NESTING = 10;
    /** Deeper list prefixes are not prose (MediaWiki's, Parsoid's and mwparserfromhell's depth limit is 100). */
    static final int MAX_LIST_NESTING = 100;

    private final Flat flat;
    private final String s;
    private final InlineParser inline;
    /** Whether the text holds a blockquote tag at all (one scan), so other pages skip the per-line look. */
    private final boolean quoteTags;

    BlockParser(Flat flat, SiteSyntax syntax) {
        this.flat = flat;
        this.s = flat.text;
        this.inline = new InlineParser(flat, syntax);
        this.quoteTags = hasQuoteTag(0, s.length());
    }

    List<WikiNode> parse() {
        return blocks(0, s.length(), false, 0);
    }

    /**
     * Blocks of {@code [from, to)}. A table cell's first line is text even if it looks like a list (MediaWiki). A
     * {@code <blockquote>} a paragraph leaves open takes the blocks after it up to its end tag, within the range
     * (a cell's end closes it, as HTML's table scope does).
     */
    private List<WikiNode> blocks(int from, int to, boolean firstLineIsText, int tableNesting) {
        List<WikiNode> out = new ArrayList<>();
        List<List<WikiNode>> into = new ArrayList<>(List.of(out));
        int outerQuotes = inline.openQuotes();
        inline.openQuotes(0);
        List<WikiNode> run = null;
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int line = from;
        boolean first = true;
        while (line < to) {
            int end = lineEnd(line, to);
            int content = skipSpaces(line, end);
            Kind kind = first && firstLineIsText ? (content == end ? Kind.BLANK : Kind.TEXT) : kindOf(line, end, content);
            first = false;
            boolean quoteLine = kind == Kind.TEXT && quoteTags && hasQuoteTag(line, end);
            if (!quoteLine && kind != Kind.BLANK) {
                run = null;
            }
            if (kind == Kind.TEXT && !quoteLine) {
                if (paragraphStart < 0) {
                    paragraphStart = line;
                }
                paragraphEnd = end;
                line = end + 1;
                continue;
            }
            if (paragraphStart >= 0) {
                paragraph(paragraphStart, paragraphEnd, into, null);
                paragraphStart = -1;
            }
            if (quoteLine) {
                run = paragraph(line, end, into, run);
                line = end + 1;
                continue;
            }
            List<WikiNode> target = into.get(into.size() - 1);
            line = switch (kind) {
                case BLANK -> end + 1;
                case HEADING -> heading(line, end, target, into.size() > 1);
                case RULE -> rule(line, end, target);
                case LIST -> list(line, to, target, tableNesting);
                case TABLE -> table(line, to, target, tableNesting);
                case PRE -> pre(line, to, target);
                default -> throw new IllegalStateException();
            };
        }
        if (paragraphStart >= 0) {
            paragraph(paragraphStart, paragraphEnd, into, null);
        }
        inline.openQuotes(outerQuotes);
        return out;
    }

    /**
     * A paragraph of the lines {@code [from, to)}, added where blocks go now ({@code into}'s last list); a
     * {@code </blockquote>} in it ends the innermost quote left open, a {@code <blockquote>} it leaves open takes
     * the blocks after it. A line holding a quote tag is written raw by MediaWiki's {@code doBlockLevels}, without
     * paragraph tags, so its text joins the text of the raw line before it when only blank lines lie between
     * (oracle: {@code <blockquote>a⏎⏎b</blockquote>} shows "a b" as one paragraph): {@code run} is where that
     * text went, or null. Returns where this paragraph's last text went (null if it ends in no text).
     */
    private List<WikiNode> paragraph(int from, int to, List<List<WikiNode>> into, List<WikiNode> run) {
        InlineParser.Paragraph p = inline.paragraph(from, to);
        List<List<WikiNode>> segments = p.segments();
        List<WikiNode> last = null;
        for (int k = 0; k < segments.size(); k++) {
            if (k > 0) {
                into.remove(into.size() - 1);
            }
            List<WikiNode> segment = segments.get(k);
            if (k == 0 && run != null) {
                run.add(new WikiNode.Text("\n"));
                run.addAll(segment);
                last = run;
            } else if (!isBlank(segment)) {
                into.get(into.size() - 1).add(new WikiNode.Paragraph(segment));
                last = segment;
            } else {
                last = null;
            }
        }
        if (!p.opened().isEmpty()) {
            into.addAll(p.opened());
            last = p.opened().get(p.opened().size() - 1);
        }
        return last;
    }

    private static boolean isBlank(List<WikiNode> nodes) {
        for (WikiNode n : nodes) {
            if (!(n instanceof WikiNode.Text t) || !t.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the line holds a {@code <blockquote>} or {@code </blockquote>} tag: MediaWiki's {@code doBlockLevels}
     * ends the paragraph before such a line and starts a new one after it (oracle: {@code a⏎b<blockquote>q} shows
     * "a" and "b" as two paragraphs), and its lines up to the end tag are never preformatted.
     */
    private boolean hasQuoteTag(int line, int end) {
        for (int k = s.indexOf('<', line); k >= 0 && k < end; k = s.indexOf('<', k + 1)) {
            if (isQuoteTag(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean isQuoteTag(int at) {
        int name = at + 1 < s.length() && s.charAt(at + 1) == '/' ? at + 2 : at + 1;
        int after = name + WikiTags.QUOTE.length();
        return s.regionMatches(true, name, WikiTags.QUOTE, 0, WikiTags.QUOTE.length()) && after < s.length()
                && (s.charAt(after) == '>' || s.charAt(after) == '/' || Character.isWhitespace(s.charAt(after)));
    }

    private enum Kind { BLANK, TEXT, HEADING, RULE, LIST, TABLE, PRE }

    private Kind kindOf(int line, int end, int content) {
        if (content == end) {
            return Kind.BLANK;
        }
        if (s.startsWith("{|", content)) {
            return Kind.TABLE;
        }
        char c = s.charAt(line);
        if (c == '=' && headingLevel(line, end) > 0) {
            return Kind.HEADING;
        }
        if (s.startsWith("----", line)) {
            return Kind.RULE;
        }
        if (c == '*' || c == '#' || c == ':' || c == ';') {
            return Kind.LIST;
        }
        if (c == ' ') {
            return inline.openQuotes() > 0 ? Kind.TEXT : Kind.PRE;
        }
        return Kind.TEXT;
    }

    private int lineEnd(int line, int to) {
        int e = s.indexOf('\n', line);
        return e < 0 || e > to ? to : e;
    }

    private int skipSpaces(int from, int to) {
        int k = from;
        while (k < to && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\r')) {
            k++;
        }
        return k;
    }

    private int trimEnd(int from, int to) {
        int k = to;
        while (k > from && Character.isWhitespace(s.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    // ---------------------------------------------------------------- headings and rules

    private int headingLevel(int line, int end) {
        int e = trimEnd(line, end);
        int lead = 0;
        while (line + lead < e && s.charAt(line + lead) == '=') {
            lead++;
        }
        int trail = 0;
        while (e - trail > line && s.charAt(e - trail - 1) == '=') {
            trail++;
        }
        if (lead == e - line) {
            return 0; // a line of only '=' (MediaWiki makes odd headings of it): leave it to Sweble's reading
        }
        return Math.min(Math.min(lead, trail), 6);
    }

    private int heading(int line, int end, List<WikiNode> out, boolean inQuote) {
        if (inQuote) {
            throw new Decline("a heading inside a <blockquote> (the article's sections cannot hold it)");
        }
        int level = headingLevel(line, end);
        int e = trimEnd(line, end);
        int from = line + level;
        int to = e - level;
        out.add(new WikiNode.Heading(level, trim(inline.parse(from, to, 0))));
        return end + 1;
    }

    private int rule(int line, int end, List<WikiNode> out) {
        int k = line;
        while (k < end && s.charAt(k) == '-') {
            k++;
        }
        if (skipSpaces(k, end) != end) {
            throw new Decline("text after ---- on the same line");
        }
        out.add(new WikiNode.HorizontalRule());
        return end + 1;
    }

    private static List<WikiNode> trim(List<WikiNode> nodes) {
        List<WikiNode> out = new ArrayList<>(nodes);
        if (!out.isEmpty() && out.get(0) instanceof WikiNode.Text t) {
            out.set(0, new WikiNode.Text(t.text().stripLeading()));
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof WikiNode.Text t) {
            out.set(out.size() - 1, new WikiNode.Text(t.text().stripTrailing()));
        }
        out.removeIf(n -> n instanceof WikiNode.Text t && t.text().isEmpty());
        return out;
    }

    // ---------------------------------------------------------------- lists

    /** One open list level: the list and its prefix character class ({@code *}, {@code #}, or {@code :} for dl). */
    private record Level(char cls, List<WikiNode.ListItem> items) {
    }

    private static char listClass(char c) {
        return c == ';' ? ':' : c;
    }

    private int list(int line, int to, List<WikiNode> out, int tableNesting) {
        List<Level> levels = new ArrayList<>();
        String prev = "";
        boolean quoteClosed = false;
        int at = line;
        while (at < to) {
            int end = lineEnd(at, to);
            int p = at;
            while (p < end && "*#:;".indexOf(s.charAt(p)) >= 0) {
                p++;
            }
            if (p == at) {
                break;
            }
            String prefix = s.substring(at, p);
            if (prefix.length() > MAX_LIST_NESTING) {
                throw new Decline("list items nested deeper than " + MAX_LIST_NESTING);
            }
            if (s.startsWith("{|", skipSpaces(p, end))) {
                if (!levels.isEmpty()) {
                    break; // the table starts a list of its own (the blocks loop comes back here with it)
                }
                return indentedTable(at, p, to, out, tableNesting);
            }
            if (quoteClosed && prefix.length() > prev.length()) {
                // MediaWiki nests the deeper list inside the quote the item above left open: not modelled
                throw new Decline("a list nested under an item that leaves a <blockquote> open");
            }
            int common = 0;
            while (common < prefix.length() && common < prev.length()
                    && listClass(prefix.charAt(common)) == listClass(prev.charAt(common))) {
                common++;
            }
            if (common == 0 && !levels.isEmpty()) {
                out.add(new WikiNode.ListBlock(levels.get(0).items()));
                levels.clear();
            }
            while (levels.size() > common) {
                levels.remove(levels.size() - 1);
            }
            for (int k = levels.size(); k < prefix.length(); k++) {
                Level lv = new Level(listClass(prefix.charAt(k)), new ArrayList<>());
                if (k > 0) {
                    List<WikiNode.ListItem> parent = levels.get(k - 1).items();
                    if (parent.isEmpty()) {
                        parent.add(new WikiNode.ListItem(prefix.charAt(k - 1), new ArrayList<>(), new ArrayList<>()));
                    }
                    parent.get(parent.size() - 1).children().add(new WikiNode.ListBlock(lv.items()));
                }
                levels.add(lv);
            }
            List<WikiNode> content = trim(inline.listItem(p, end));
            quoteClosed = inline.itemClosedQuote();
            levels.get(prefix.length() - 1).items().add(new WikiNode.ListItem(prefix.charAt(prefix.length() - 1),
                    content, new ArrayList<>()));
            prev = prefix;
            at = end + 1;
        }
        if (!levels.isEmpty()) {
            out.add(new WikiNode.ListBlock(levels.get(0).items()));
        }
        return at;
    }

    /**
     * {@code :{|} … {@code |}}: MediaWiki's {@code handleTables} wraps the table in one {@code <dl><dd>} per colon,
     * a list of its own that only indents it (oracle: a {@code :} line before or after it is a separate
     * {@code <dl>}; the text shows the table as any other). The table is a block here, without the indent, as the
     * Sweble path has it. Any other list prefix before {@code {|} is not a table there (the line is a list item
     * showing "{|"): declined.
     */
    private int indentedTable(int line, int prefixEnd, int to, List<WikiNode> out, int tableNesting) {
        for (int k = line; k < prefixEnd; k++) {
            if (s.charAt(k) != ':') {
                throw new Decline("a table inside a list item");
            }
        }
        return table(line, to, out, tableNesting);
    }

    // ---------------------------------------------------------------- preformatted

    private int pre(int line, int to, List<WikiNode> out) {
        List<List<WikiNode>> lines = new ArrayList<>();
        int at = line;
        while (at < to && s.charAt(at) == ' ') {
            int end = lineEnd(at, to);
            if (skipSpaces(at, end) == end || s.startsWith("{|", skipSpaces(at, end))) {
                break;
            }
            lines.add(inline.parse(at + 1, end, 0));
            at = end + 1;
        }
        out.add(new WikiNode.Preformatted(lines));
        return at;
    }

    // ---------------------------------------------------------------- tables

    /** A cell being read: its content runs from {@code from} to the start of the next cell or row. */
    private static final class Cell {
        final boolean header;
        final int from;
        int to;

        Cell(boolean header, int from, int to) {
            this.header = header;
            this.from = from;
            this.to = to;
        }
    }

    private int table(int line, int to, List<WikiNode> out, int nesting) {
        if (nesting >= MAX_TABLE_NESTING) {
            throw new Decline("tables nested deeper than " + MAX_TABLE_NESTING);
        }
        List<WikiNode> caption = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        Cell cell = null;
        int inner = 0;
        int at = lineEnd(line, to) + 1;
        boolean closed = false;
        int after = -1;
        while (at < to) {
            int end = lineEnd(at, to);
            int c = skipSpaces(at, end);
            if (inner > 0 || (s.startsWith("{|", c))) {
                if (s.startsWith("{|", c)) {
                    if (cell == null) {
                        throw new Decline("a nested table outside a cell");
                    }
                    inner++;
                } else if (s.startsWith("|}", c)) {
                    inner--;
                }
                cell.to = end;
                at = end + 1;
                continue;
            }
            if (s.startsWith("|}", c)) {
                after = skipSpaces(c + 2, end) != end ? c + 2 : -1;
                at = end + 1;
                closed = true;
                break;
            }
            if (s.startsWith("|-", c)) {
                rows.add(row);
                row = new ArrayList<>();
                cell = null;
            } else if (s.startsWith("|+", c)) {
                caption.addAll(trim(inline.parse(afterAttributes(c + 2, end), end, 0)));
                cell = null;
            } else if (c < end && (s.charAt(c) == '|' || s.charAt(c) == '!')) {
                cell = cells(c, end, row);
            } else if (cell != null) {
                cell.to = end;
            } else if (c != end) {
                throw new Decline("text in a table outside any cell");
            }
            at = end + 1;
        }
        if (!closed) {
            throw new Decline("a table without |}");
        }
        rows.add(row);
        List<WikiNode.TableRow> built = new ArrayList<>();
        for (List<Cell> r : rows) {
            List<WikiNode.TableCell> cells = new ArrayList<>();
            for (Cell k : r) {
                cells.add(new WikiNode.TableCell(k.header, blocks(k.from, k.to, true, nesting + 1)));
            }
            built.add(new WikiNode.TableRow(cells));
        }
        out.add(new WikiNode.Table(caption, built));
        if (after >= 0) {
            // MediaWiki's handleTables writes "</table>" and the rest of the line; the rest is a paragraph of its
            // own (oracle: "|}text" then "more" shows the table, "text", "more" as three blocks)
            out.add(new WikiNode.Paragraph(inline.parse(after, at - 1, 0)));
        }
        return Math.min(at, to);
    }

    /** Splits a cell line at {@code ||} (and {@code !!} on header lines); returns the last cell. */
    private Cell cells(int c, int end, List<Cell> row) {
        boolean header = s.charAt(c) == '!';
        int start = c + 1;
        Cell last = null;
        int k = start;
        while (true) {
            int sep = nextSeparator(k, end, header);
            int cellEnd = sep < 0 ? end : sep;
            last = new Cell(header, afterAttributes(start, cellEnd), cellEnd);
            row.add(last);
            if (sep < 0) {
                return last;
            }
            start = sep + 2;
            k = start;
        }
    }

    private int nextSeparator(int from, int end, boolean header) {
        int links = 0;
        for (int k = from; k + 1 < end; k++) {
            char c = s.charAt(k);
            if (c == '[' && s.charAt(k + 1) == '[') {
                links++;
                k++;
            } else if (c == ']' && s.charAt(k + 1) == ']' && links > 0) {
                links--;
                k++;
            } else if (links == 0 && ((c == '|' && s.charAt(k + 1) == '|') || (header && c == '!' && s.charAt(k + 1) == '!'))) {
                return k;
            }
        }
        return -1;
    }

    /** {@code attrs | content}: the content's start (MediaWiki: the first single pipe, unless a link comes first). */
    private int afterAttributes(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '[' && k + 1 < to && s.charAt(k + 1) == '[') {
                return from;
            }
            if (c == '|') {
                return k + 1 < to && s.charAt(k + 1) == '|' ? from : k + 1;
            }
        }
        return from;
    }
}
