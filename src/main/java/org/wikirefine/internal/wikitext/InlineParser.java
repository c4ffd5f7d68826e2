package org.wikirefine.internal.wikitext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.wikirefine.internal.article.HtmlEntities;
import org.wikirefine.internal.site.SiteUrls;

/**
 * Inline structure of a range of a {@link Flat} string: internal links with trails (file links with nested
 * captions), external links, HTML elements (matched within the range), entities, behaviour switches, signatures,
 * and the bold/italic apostrophes {@link Quotes} marked. Bare URLs are links that show their URL. One pass;
 * nesting (link labels, element children) is bounded by {@link #MAX_NESTING} and an explicit element stack.
 */
final class InlineParser {

    static final int MAX_NESTING = 20;

    private final Flat flat;
    private final String s;
    private final char[] chars;
    private final SiteSyntax syntax;

    InlineParser(Flat flat, SiteSyntax syntax) {
        this.flat = flat;
        this.s = flat.text;
        this.chars = flat.chars;
        this.syntax = syntax;
    }

    /** An open HTML element while its children are read. */
    private record Open(String name, String attributes, List<WikiNode> children) {
    }

    /**
     * The stack of open elements, with a count per name: an end tag whose element is not open (stray) is known so
     * in constant time, not by walking the stack, so a run of stray end tags over a deep stack stays linear.
     */
    private static final class OpenElements {
        private final List<Open> stack = new ArrayList<>();
        private final Map<String, Integer> counts = new HashMap<>();

        int size() {
            return stack.size();
        }

        boolean isEmpty() {
            return stack.isEmpty();
        }

        Open get(int k) {
            return stack.get(k);
        }

        void add(Open o) {
            stack.add(o);
            counts.merge(o.name(), 1, Integer::sum);
        }

        Open removeLast() {
            Open o = stack.remove(stack.size() - 1);
            counts.merge(o.name(), -1, Integer::sum);
            return o;
        }

        /** The index of the innermost open element of this name, or -1. */
        int lastIndexOf(String name) {
            if (counts.getOrDefault(name, 0) == 0) {
                return -1;
            }
            int at = stack.size() - 1;
            while (!stack.get(at).name().equals(name)) {
                at--;
            }
            return at;
        }
    }

    /**
     * A paragraph's nodes, split where {@code </blockquote>} ends a quote an earlier block left open (one segment
     * more than such ends), and the children of the quotes it leaves open itself, outermost first: the blocks after
     * it go there.
     */
    record Paragraph(List<List<WikiNode>> segments, List<List<WikiNode>> opened) {
    }

    /** How many {@code <blockquote>} earlier blocks of the range being read have left open. */
    private int openQuotes;

    int openQuotes() {
        return openQuotes;
    }

    void openQuotes(int count) {
        openQuotes = count;
    }

    /** What kind of block is read: what may stay open at its end. */
    private enum Kind { OTHER, PARAGRAPH, LIST_ITEM }

    /** Whether the last list item read closed a {@code <blockquote>} it left open. */
    private boolean itemClosedQuote;

    /** The nodes of a block other than a paragraph or list item (a heading, a cell line, a label). */
    List<WikiNode> parse(int from, int to, int nesting) {
        return read(from, to, nesting, Kind.OTHER).segments().get(0);
    }

    /**
     * A list item's nodes: a {@code <blockquote>} it leaves open ends with it, as MediaWiki's list markup closes the
     * {@code <li>} (HTML's implied end tags close the quote; oracle: {@code # a<blockquote>b⏎</blockquote>} shows the
     * quote in the item and the end tag as nothing). {@link #itemClosedQuote} then says so.
     */
    List<WikiNode> listItem(int from, int to) {
        itemClosedQuote = false;
        return read(from, to, 0, Kind.LIST_ITEM).segments().get(0);
    }

    boolean itemClosedQuote() {
        return itemClosedQuote;
    }

    /**
     * A paragraph: as {@link #parse}, but a {@code <blockquote>} may stay open after it and a {@code </blockquote>}
     * may end one an earlier paragraph opened. MediaWiki's HTML repair lets a quote enclose the blocks up to its end
     * tag (oracle: {@code a<blockquote>⏎b⏎⏎* c⏎</blockquote>} gives {@code <p>a</p><blockquote><p>b</p><ul>…}).
     */
    Paragraph paragraph(int from, int to) {
        return read(from, to, 0, Kind.PARAGRAPH);
    }

    private Paragraph read(int from, int to, int nesting, Kind kind) {
        if (nesting > MAX_NESTING) {
            throw new Decline("inline markup nested deeper than " + MAX_NESTING);
        }
        OpenElements open = new OpenElements();
        List<List<WikiNode>> segments = new ArrayList<>(1);
        List<WikiNode> top = new ArrayList<>();
        List<WikiNode> out = top;
        StringBuilder text = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (isPlain(c, i)) {
                int j = i + 1;
                while (j < to && isPlain(chars[j], j)) {
                    j++;
                }
                text.append(chars, i, j - i);
                i = j;
                continue;
            }
            int next = -1;
            if ((c == '\'' || c == '\n') && flat.quoteTagAt.get(i)) {
                flush(text, out);
                out = quoteTags(flat.quoteTags.get(i), open, top, out);
            }
            switch (c) {
                case Flat.ATOM -> {
                    flush(text, out);
                    out.add(flat.atomAt(i));
                    next = i + 1;
                }
                case '\'' -> {
                    if (!flat.quoteMarkup.get(i)) {
                        text.append(c);
                    }
                    next = i + 1;
                }
                case '[' -> next = i + 1 < to && s.charAt(i + 1) == '[' ? internalLink(i, to, text, out, nesting)
                        : externalLink(i, to, text, out, nesting);
                case '&' -> next = entity(i, to, text);
                case '~' -> next = signature(i, to);
                case '_', '＿' -> next = behaviourSwitch(i, to, text, out);
                case '<' -> {
                    int[] end = new int[1];
                    Object tag = tag(i, to, end);
                    if (tag == null) {
                        next = -1;
                    } else {
                        flush(text, out);
                        next = end[0];
                        if (endsEarlierQuote(tag, open, kind == Kind.PARAGRAPH)) {
                            segments.add(top);
                            top = new ArrayList<>();
                            out = top;
                        } else {
                            out = element(tag, open, top, out);
                        }
                    }
                }
                default -> next = isAsciiLetter(c) ? bareUrl(i, to, text, out) : -1;
            }
            if (next < 0) {
                text.append(c);
                i++;
            } else {
                i = next;
            }
        }
        flush(text, out);
        segments.add(top);
        List<List<WikiNode>> opened = kind == Kind.PARAGRAPH ? leaveQuotesOpen(open, top) : List.of();
        if (kind == Kind.LIST_ITEM && open.lastIndexOf(WikiTags.QUOTE) >= 0) {
            itemClosedQuote = closeOpen(open, top, 0, name -> closesAtBlockEnd(name) || name.equals(WikiTags.QUOTE));
        }
        // MediaWiki's HTML repair closes what the page leaves open; a box or a formatting element shows the same
        // text whether it ends here or encloses the blocks after it. One pass over the stack: a long run stays linear.
        if (!closeOpen(open, top, 0, InlineParser::closesAtBlockEnd)) {
            throw new Decline("<" + open.get(open.size() - 1).name() + "> is not closed in its block");
        }
        return new Paragraph(segments, opened);
    }

    /** Characters that {@link #read} only ever copies: no markup starts with them (letters: see {@link #isPlain}). */
    private static final boolean[] PLAIN_ASCII = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            PLAIN_ASCII[c] = !isAsciiLetter(c) && "'[&~_<\n".indexOf(c) < 0;
        }
    }

    /**
     * Whether the unit at {@code i} is text whatever follows: not a markup start, not a line end (where quote tags
     * may stand), and not a letter that may start a bare URL ({@link #bareUrl}: a protocol's first letter at a word
     * start). Runs of these are copied at once instead of being dispatched one by one.
     */
    private boolean isPlain(char c, int i) {
        if (c >= 128) {
            return c != Flat.ATOM && c != '＿';
        }
        return PLAIN_ASCII[c] || isAsciiLetter(c)
                && (PROTOCOLS_BY_FIRST[c] == null || i > 0 && isAsciiWordChar(chars[i - 1]));
    }

    /** {@code c < 0x80 && Character.isLetter(c)}, without the general character-class look-up. */
    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Whether {@code tag} is a {@code </blockquote>} that ends a quote an earlier block left open (none of its own is
     * open). Only at a paragraph's top level; elsewhere (a list item, inside another element) declined.
     */
    private boolean endsEarlierQuote(Object tag, OpenElements open, boolean paragraph) {
        if (openQuotes == 0 || !WikiTags.QUOTE.equals(tag) || open.lastIndexOf(WikiTags.QUOTE) >= 0) {
            return false;
        }
        if (!paragraph || !open.isEmpty()) {
            throw new Decline("</blockquote> ends a quote of an earlier block inside other markup");
        }
        openQuotes--;
        return true;
    }

    /**
     * At a paragraph's end: if the open elements are quotes with only formatting elements and boxes above them,
     * closes those and then the quotes, and returns the quotes' children (outermost first), which the blocks after
     * the paragraph continue. Otherwise (nothing open, or a quote inside another element) returns an empty list.
     */
    private List<List<WikiNode>> leaveQuotesOpen(OpenElements open, List<WikiNode> top) {
        int quote = open.lastIndexOf(WikiTags.QUOTE);
        for (int k = 0; k < quote; k++) {
            if (!open.get(k).name().equals(WikiTags.QUOTE)) {
                return List.of();
            }
        }
        if (quote < 0 || !closeOpen(open, top, quote + 1, InlineParser::closesAtBlockEnd)) {
            return List.of();
        }
        if (openQuotes + quote + 1 > MAX_NESTING) {
            throw new Decline("quotes nested deeper than " + MAX_NESTING + " across blocks");
        }
        List<List<WikiNode>> opened = new ArrayList<>(quote + 1);
        for (int k = 0; k <= quote; k++) {
            opened.add(open.get(k).children());
        }
        closeOpen(open, top, 0, name -> true);
        openQuotes += opened.size();
        return opened;
    }

    private static void flush(StringBuilder text, List<WikiNode> out) {
        if (text.length() > 0) {
            out.add(new WikiNode.Text(text.toString()));
            text.setLength(0);
        }
    }

    // ---------------------------------------------------------------- links

    private int internalLink(int i, int to, StringBuilder text, List<WikiNode> out, int nesting) {
        int t = i + 2;
        while (t < to && "|]\n[{}<>".indexOf(s.charAt(t)) < 0 && s.charAt(t) != Flat.ATOM) {
            t++;
        }
        if (t >= to) {
            return -1;
        }
        if (s.charAt(t) == Flat.ATOM) {
            throw new Decline("a template in a link target");
        }
        boolean closed = s.startsWith("]]", t);
        if (!closed && s.charAt(t) != '|') {
            return -1;
        }
        String target = s.substring(i + 2, t);
        if (target.isBlank()) {
            return -1;
        }
        boolean colon = target.startsWith(":");
        if (!colon && syntax.isFile(target)) {
            return fileLink(i, t, to, target, text, out, nesting);
        }
        int end;
        List<WikiNode> label = null;
        if (closed) {
            end = t + 2;
        } else {
            int close = s.indexOf("]]", t + 1);
            if (close < 0 || close >= to) {
                return -1;
            }
            int inner = s.indexOf("[[", t + 1);
            if (inner >= 0 && inner < close) {
                return -1; // MediaWiki: a label cannot hold a link; the outer brackets are text
            }
            label = parse(t + 1, close, nesting + 1);
            end = close + 2;
        }
        int trailEnd = end;
        while (trailEnd < to && s.charAt(trailEnd) >= 'a' && s.charAt(trailEnd) <= 'z' && !flat.quoteMarkup.get(trailEnd)) {
            trailEnd++;
        }
        flush(text, out);
        out.add(new WikiNode.InternalLink(target, label, s.substring(end, trailEnd), null));
        return trailEnd;
    }

    /** {@code [[File:x|opt|…|caption]]}: options split at top-level pipes; captions may hold links. */
    private int fileLink(int i, int t, int to, String target, StringBuilder text, List<WikiNode> out, int nesting) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int partStart = t + 1;
        int k = t;
        if (s.startsWith("]]", t)) {
            flush(text, out);
            out.add(new WikiNode.InternalLink(target, null, "", List.of()));
            return t + 2;
        }
        k = t + 1;
        while (k < to) {
            if (s.startsWith("[[", k)) {
                depth++;
                k += 2;
            } else if (s.startsWith("]]", k)) {
                if (depth == 0) {
                    parts.add(new int[] {partStart, k});
                    List<List<WikiNode>> options = new ArrayList<>();
                    for (int[] p : parts) {
                        options.add(parse(p[0], p[1], nesting + 1));
                    }
                    flush(text, out);
                    out.add(new WikiNode.InternalLink(target, null, "", options));
                    return k + 2;
                }
                depth--;
                k += 2;
            } else if (s.charAt(k) == '|' && depth == 0) {
                parts.add(new int[] {partStart, k});
                partStart = k + 1;
                k++;
            } else {
                k++;
            }
        }
        return -1;
    }

    private int externalLink(int i, int to, StringBuilder text, List<WikiNode> out, int nesting) {
        int u = i + 1;
        int proto = protocolLength(u, to);
        if (proto <= 0) {
            return -1;
        }
        int e = u + proto;
        while (e < to && !endsUrl(s.charAt(e))) {
            e++;
        }
        if (e == u + proto || e >= to) {
            return -1;
        }
        if (s.charAt(e) == Flat.ATOM) {
            throw new Decline("a template inside an external link's URL");
        }
        int close = e;
        while (close < to && s.charAt(close) != ']' && s.charAt(close) != '\n') {
            if (s.startsWith("[[", close)) {
                // Internal links are read before external ones in MediaWiki, so a label may hold one.
                int inner = s.indexOf("]]", close + 2);
                if (inner > 0 && inner < to) {
                    close = inner + 1;
                }
            }
            close++;
        }
        if (close >= to || s.charAt(close) != ']' || s.lastIndexOf('\uFFFD', close) >= e) {
            return -1;   // MediaWiki's label class excludes U+FFFD: no bracketed link, the URL may still be a bare one
        }
        int labelStart = e;
        while (labelStart < close && (s.charAt(labelStart) == ' ' || s.charAt(labelStart) == '\t')) {
            labelStart++;
        }
        List<WikiNode> label = labelStart < close ? parse(labelStart, close, nesting + 1) : null;
        flush(text, out);
        int inner = label == null ? -1 : firstInternalLink(label);
        if (inner > 0) {
            // MediaWiki's HTML nests the internal link's <a> in the external one's, which HTML does not allow: the
            // external link ends where the internal one starts, and the rest of the label follows it as text.
            out.add(new WikiNode.ExternalLink(s.substring(u, e), List.copyOf(label.subList(0, inner))));
            out.addAll(label.subList(inner, label.size()));
        } else {
            out.add(new WikiNode.ExternalLink(s.substring(u, e), label));
        }
        return close + 1;
    }

    private static int firstInternalLink(List<WikiNode> nodes) {
        for (int k = 0; k < nodes.size(); k++) {
            if (nodes.get(k) instanceof WikiNode.InternalLink) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A free (bare) URL, as MediaWiki's {@code makeFreeExternalLink}: a protocol (not protocol-relative) at an ASCII
     * word boundary, then URL characters; trailing {@code ,;.:!?} are not part of it, nor a final {@code )} when the
     * URL holds no {@code (}. The link shows its URL.
     */
    private int bareUrl(int i, int to, StringBuilder text, List<WikiNode> out) {
        if (i > 0 && isAsciiWordChar(s.charAt(i - 1))) {
            return -1;
        }
        int proto = protocolLength(i, to);
        if (proto < 0 || s.startsWith("//", i)) {
            return -1;
        }
        int e = i + proto;
        while (e < to && !endsUrl(s.charAt(e)) && !flat.quoteMarkup.get(e)) {
            e++;
        }
        while (e > i + proto && ",;.:!?".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e > i + proto && s.charAt(e - 1) == ')' && s.lastIndexOf('(', e - 1) < i) {
            e--;
        }
        if (e == i + proto) {
            return -1;
        }
        flush(text, out);
        out.add(new WikiNode.ExternalLink(s.substring(i, e), null));
        return e;
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean endsUrl(char c) {
        return c == Flat.ATOM || SiteUrls.endsLinkUrl(c);
    }

    /**
     * The protocols by their first ASCII unit, either case, in {@link WikiTags#PROTOCOLS} order (the first that
     * matches wins, as in MediaWiki's alternation): a word start tries the two or three protocols of its letter,
     * not all 31 (on English text this lookup was an eighth of the page's time).
     */
    private static final String[][] PROTOCOLS_BY_FIRST = new String[128][];

    static {
        for (char c = 0; c < 128; c++) {
            List<String> starting = new ArrayList<>();
            for (String p : WikiTags.PROTOCOLS) {
                if (Character.toLowerCase(p.charAt(0)) == Character.toLowerCase(c)) {
                    starting.add(p);
                }
            }
            PROTOCOLS_BY_FIRST[c] = starting.isEmpty() ? null : starting.toArray(String[]::new);
        }
    }

    private int protocolLength(int at, int to) {
        if (at >= to) {
            return -1;
        }
        char c = s.charAt(at);
        String[] candidates = c < 128 ? PROTOCOLS_BY_FIRST[c] : null;
        if (candidates == null) {
            return -1;
        }
        for (String p : candidates) {
            if (at + p.length() <= to && startsWithProtocol(at, p)) {
                return p.length();
            }
        }
        return -1;
    }

    /**
     * {@code s.regionMatches(true, at, protocol, …)} for a lower-case ASCII protocol: ASCII units are compared by
     * folding A–Z, which is what the general case mapping does for them, without that mapping's per-unit cost; from
     * the first non-ASCII unit on, the general comparison decides.
     */
    private boolean startsWithProtocol(int at, String protocol) {
        for (int k = 0; k < protocol.length(); k++) {
            char c = chars[at + k];
            if (c >= 128) {
                return s.regionMatches(true, at + k, protocol, k, protocol.length() - k);
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != protocol.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- small inlines

    private int entity(int i, int to, StringBuilder text) {
        int semi = -1;
        for (int k = i + 1; k < to && k < i + 34; k++) {
            char c = s.charAt(k);
            if (c == ';') {
                semi = k;
                break;
            }
            if (!(Character.isLetterOrDigit(c) && c < 128) && !(c == '#' && k == i + 1)) {
                return -1;
            }
        }
        if (semi < 0) {
            return -1;
        }
        String decoded = HtmlEntities.resolve(s.substring(i + 1, semi));
        if (decoded == null) {
            if (s.charAt(i + 1) != '#' && semi > i + 1) {
                throw new Decline("an entity the native parser does not know: " + s.substring(i, semi + 1));
            }
            return -1;
        }
        char first = decoded.charAt(0);
        if ((first < ' ' && first != '\n' && first != '\t') || org.wikirefine.internal.InternalMarks.isReserved(first)) {
            throw new Decline("a character reference to a control or reserved character");
        }
        text.append(decoded);
        return semi + 1;
    }

    /** {@code ~~~}, {@code ~~~~}, {@code ~~~~~}: signatures show nothing here (they are replaced when saving). */
    private int signature(int i, int to) {
        int j = i;
        while (j < to && s.charAt(j) == '~') {
            j++;
        }
        int len = j - i;
        return len >= 3 && len <= 5 ? j : -1;
    }

    private int behaviourSwitch(int i, int to, StringBuilder text, List<WikiNode> out) {
        int end = syntax.behaviourSwitchEnd(s, i, to);
        if (end < 0) {
            return -1;
        }
        flush(text, out);
        out.add(new WikiNode.BehaviourSwitch(s.substring(i, end)));
        return end;
    }

    // ---------------------------------------------------------------- HTML

    /** A tag of {@link WikiTags#HTML} at {@code i}: an {@link Open} (opening), a String (closing name), or null. */
    private Object tag(int i, int to, int[] end) {
        boolean closing = i + 1 < to && s.charAt(i + 1) == '/';
        int nameStart = i + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < to && nameEnd - nameStart < 12 && s.charAt(nameEnd) < 128
                && Character.isLetterOrDigit(s.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == nameStart || nameEnd >= to) {
            return null;
        }
        char after = s.charAt(nameEnd);
        if (!(after == '>' || after == '/' || Character.isWhitespace(after))) {
            return null;
        }
        String name = s.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        if (!WikiTags.HTML.contains(name)) {
            return null;
        }
        int gt = nameEnd;
        while (gt < to && s.charAt(gt) != '>' && s.charAt(gt) != '<') {
            gt++;
        }
        if (gt >= to || s.charAt(gt) != '>') {
            return null;
        }
        end[0] = gt + 1;
        if (closing) {
            return name;
        }
        boolean selfClosing = s.charAt(gt - 1) == '/';
        int attributesEnd = selfClosing ? gt - 1 : gt;
        checkAttributeAtoms(nameEnd, attributesEnd);
        String attributes = s.substring(nameEnd, attributesEnd);
        return new Open(name, attributes, selfClosing || WikiTags.VOID.contains(name) ? null : new ArrayList<>());
    }

    /**
     * A template in an element's attributes ({@code <div style="{{…}}">}) only makes attribute text in MediaWiki,
     * which shows nothing (oracle: the element's content shows as usual); the attributes stay raw here. Any other
     * node there (an extension tag) declines.
     */
    private void checkAttributeAtoms(int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == Flat.ATOM && !(flat.atomAt(k) instanceof WikiNode.Template
                    || flat.atomAt(k) instanceof WikiNode.ParameterRef)) {
                throw new Decline("an extension tag inside an HTML tag's attributes");
            }
        }
    }

    private static final Predicate<String> FORMATTING = WikiTags.INLINE_FORMATTING::contains;
    private static final Predicate<String> FORMATTING_OR_LIST_ITEM = FORMATTING.or(WikiTags.LIST_ITEMS::contains);

    /**
     * What an end tag may close above its element: formatting elements (their text is the same); for a list's end
     * tag also its unclosed items, as HTML5's "generate implied end tags" does ({@code <ol><li>a</ol>}, oracle).
     */
    private static Predicate<String> closesBefore(String endTag) {
        return WikiTags.LISTS.contains(endTag) ? FORMATTING_OR_LIST_ITEM : FORMATTING;
    }

    private static boolean closesAtBlockEnd(String name) {
        return WikiTags.INLINE_FORMATTING.contains(name) || WikiTags.BOXES.contains(name);
    }

    /** Closes the open elements above {@code keep} if {@code closable} holds for all; else closes none. */
    private static boolean closeOpen(OpenElements open, List<WikiNode> top, int keep, Predicate<String> closable) {
        for (int k = keep; k < open.size(); k++) {
            if (!closable.test(open.get(k).name())) {
                return false;
            }
        }
        while (open.size() > keep) {
            Open o = open.removeLast();
            List<WikiNode> parent = open.isEmpty() ? top : open.get(open.size() - 1).children();
            parent.add(new WikiNode.HtmlElement(o.name(), o.attributes(), o.children()));
        }
        return true;
    }

    /**
     * Applies the bold/italic tags of a quote run or line end; returns where content goes next. A closing tag that
     * cannot close here (its element opened outside this range, say a link label) is left out: the text is the same.
     */
    private static List<WikiNode> quoteTags(List<String> tags, OpenElements open, List<WikiNode> top, List<WikiNode> out) {
        List<WikiNode> where = out;
        for (String tag : tags) {
            if (!tag.startsWith("/")) {
                where = element(new Open(tag, "", new ArrayList<>()), open, top, where);
                continue;
            }
            String name = tag.substring(1);
            int at = open.lastIndexOf(name);
            boolean closable = at >= 0;
            for (int k = at + 1; closable && k < open.size(); k++) {
                closable = WikiTags.INLINE_FORMATTING.contains(open.get(k).name());
            }
            if (closable) {
                where = element(name, open, top, where);
            }
        }
        return where;
    }

    /** Applies an opening or closing tag; returns where content goes next. */
    private static List<WikiNode> element(Object tag, OpenElements open, List<WikiNode> top, List<WikiNode> out) {
        if (tag instanceof Open o) {
            if (o.children() == null) {
                out.add(new WikiNode.HtmlElement(o.name(), o.attributes(), List.of()));
                return out;
            }
            open.add(o);
            return o.children();
        }
        String name = (String) tag;
        if (WikiTags.VOID.contains(name)) {
            out.add(new WikiNode.HtmlElement(name, "", List.of())); // </br> is a line break, as in MediaWiki
            return out;
        }
        int at = open.lastIndexOf(name);
        if (at < 0 && name.equals("p")) {
            throw new Decline("a stray </p> (MediaWiki's HTML repair makes an empty paragraph of it, a break)");
        }
        if (at < 0) {
            // MediaWiki's HTML repair (HTML5 tree building) ignores an end tag with no element of its name open:
            // a stray </b>, </div> or </pre> shows nothing (oracle).
            return out;
        }
        if (!closeOpen(open, top, at + 1, closesBefore(name))) {
            throw new Decline("</" + name + "> does not close the innermost open element");
        }
        Open o = open.removeLast();
        List<WikiNode> parent = open.isEmpty() ? top : open.get(open.size() - 1).children();
        parent.add(new WikiNode.HtmlElement(o.name(), o.attributes(), o.children()));
        return parent;
    }
}
