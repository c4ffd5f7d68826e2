package org.wikirefine.internal.wikitext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The preprocessor level of the native parser, after MediaWiki's {@code Preprocessor_Hash}: one left-to-right pass
 * with an explicit stack of open brackets ({@code {{}, {@code [[}, {@code -{}), so nesting never costs Java stack.
 * Produces text, comments, templates (arguments split at top-level {@code |} and the first {@code =}),
 * {@code {{{parameters}}}} and extension tags with raw bodies. {@code [[ ]]} and {@code -{ }-} are brackets only so
 * that a {@code |} inside them does not split a template argument; they come out as text. Unclosed brackets fall
 * back to text, as in MediaWiki.
 */
public final class Preprocessor {

    /**
     * Deeper templates are declined (MediaWiki's, Parsoid's and mwparserfromhell's limit is 100 too); deeper
     * {@code [[} and {@code -{} are kept as text (see {@link #textOnly}).
     */
    static final int MAX_DEPTH = 100;

    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : "<{[-}]|=".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    private final String s;
    /**
     * {@link #s}'s units, for the text-run scan and copy: a page with one character beyond Latin-1 is a UTF-16
     * string, whose {@code charAt} checks bounds and coder per unit, and whose ranges a Latin-1 builder copies one
     * {@code charAt} at a time; an array is scanned and copied without either.
     */
    private final char[] chars;
    private final int n;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Part root;
    /** Extension tags known to have no closing tag after some point (MediaWiki's cache against quadratic search). */
    private final Set<String> noClosingTag = new HashSet<>();
    /**
     * Brackets opened beyond {@link #MAX_DEPTH} that only ever make text ({@code [[}, {@code -{}), as {opener,
     * count}: their text goes out as it is read, so deep nesting costs no copying (a frame's text is copied into
     * its parent when it closes, which would be quadratic); they are tracked only so that closers match as in
     * MediaWiki, where a {@code |} or {@code }}} inside them splits or closes nothing.
     */
    private final Deque<int[]> textOnly = new ArrayDeque<>();

    private Preprocessor(String s) {
        this.s = s;
        this.chars = s.toCharArray();
        this.n = s.length();
        this.root = new Part(0);
    }

    /** Parses {@code text} into preprocessor nodes; throws {@link Decline} beyond {@link #MAX_DEPTH}. */
    public static List<WikiNode> parse(String text) {
        Preprocessor p = new Preprocessor(text);
        p.run();
        return p.root.finish();
    }

    private Part current() {
        Frame f = stack.peek();
        return f == null ? root : f.parts.get(f.parts.size() - 1);
    }

    private void run() {
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (!isSpecial(c)) {
                int j = i + 1;
                while (j < n && !isSpecial(chars[j])) {
                    j++;
                }
                current().text.append(chars, i, j - i);
                i = j;
                continue;
            }
            if (!textOnly.isEmpty() || stack.size() >= MAX_DEPTH && opensTextOnly(i, c)) {
                i = overDepth(i, c);
                continue;
            }
            i = switch (c) {
                case '<' -> angle(i);
                case '{', '[' -> open(i, c);
                case '-' -> i + 1 < n && s.charAt(i + 1) == '{' ? push(new Frame('-', 1, i), i + 2) : literal(i);
                case '}' -> closeBrace(i);
                case ']' -> closeBracket(i);
                case '|' -> pipe(i);
                case '=' -> equals(i);
                default -> literal(i);
            };
        }
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            f.parts.get(f.parts.size() - 1).end = n;
            current().appendAll(f.asText());
        }
    }

    private static boolean isSpecial(char c) {
        return c < 128 && SPECIAL[c];
    }

    private boolean opensTextOnly(int i, char c) {
        return (c == '-' || c == '[') && i + 1 < n && s.charAt(i + 1) == (c == '-' ? '{' : '[');
    }

    /** One step beyond {@link #MAX_DEPTH}: text-only brackets open and close; a template there is declined. */
    private int overDepth(int i, char c) {
        int[] top = textOnly.peek();
        int next;
        if (opensTextOnly(i, c)) {
            int count = c == '-' ? 2 : run(i, '[', Integer.MAX_VALUE);
            textOnly.push(new int[] {c, count});
            next = i + count;
        } else if (c == '{' && i + 1 < n && s.charAt(i + 1) == '{') {
            throw new Decline("brackets nested deeper than " + MAX_DEPTH);
        } else if (c == '<') {
            return angle(i);
        } else if (top != null && top[0] == '-' && c == '}' && i + 1 < n && s.charAt(i + 1) == '-') {
            textOnly.pop();
            next = i + 2;
        } else if (top != null && top[0] == '[' && c == ']' && run(i, ']', 2) == 2) {
            top[1] -= 2;
            if (top[1] < 2) {
                textOnly.pop();
            }
            next = i + 2;
        } else {
            next = i + 1;
        }
        current().text.append(s, i, next);
        return next;
    }

    private int literal(int i) {
        current().text.append(s.charAt(i));
        return i + 1;
    }

    private int run(int i, char c, int max) {
        int j = i;
        while (j < n && j - i < max && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private int open(int i, char c) {
        int count = run(i, c, Integer.MAX_VALUE);
        if (count < 2) {
            return literal(i);
        }
        return push(new Frame(c, count, i), i + count);
    }

    private int push(Frame f, int next) {
        pushFrame(f, next);
        return next;
    }

    private Part pushFrame(Frame f, int partStart) {
        if (stack.size() >= MAX_DEPTH) {
            throw new Decline("brackets nested deeper than " + MAX_DEPTH);
        }
        Part p = new Part(partStart);
        f.parts.add(p);
        stack.push(f);
        return p;
    }

    private int pipe(int i) {
        Frame f = stack.peek();
        if (f == null) {
            return literal(i);
        }
        f.parts.get(f.parts.size() - 1).end = i;
        f.parts.add(new Part(i + 1));
        return i + 1;
    }

    private int equals(int i) {
        Frame f = stack.peek();
        if (f == null || f.open != '{' || f.parts.size() < 2) {
            return literal(i);
        }
        Part p = f.parts.get(f.parts.size() - 1);
        if (p.eq >= 0) {
            return literal(i);
        }
        p.flush();
        p.eq = i;
        p.eqIndex = p.nodes.size();
        return i + 1;
    }

    private int closeBrace(int i) {
        Frame f = stack.peek();
        if (f != null && f.open == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
            stack.pop();
            f.parts.get(f.parts.size() - 1).end = i;
            List<WikiNode> text = f.asText();
            text.add(new WikiNode.Text("}-"));
            current().appendAll(text);
            return i + 2;
        }
        if (f == null || f.open != '{') {
            return literal(i);
        }
        int count = run(i, '}', f.count);
        int matching = Math.min(count, 3);
        if (matching < 2) {
            return literal(i);
        }
        f.parts.get(f.parts.size() - 1).end = i;
        int start = f.start + f.count - matching;
        WikiNode element = matching == 3 ? parameterRef(f, start, i + 3) : template(f, start, i + 2);
        close(f, matching, element, start);
        return i + matching;
    }

    private int closeBracket(int i) {
        Frame f = stack.peek();
        if (f == null || f.open != '[' || run(i, ']', f.count) < 2) {
            return literal(i);
        }
        f.parts.get(f.parts.size() - 1).end = i;
        List<WikiNode> text = f.asText(2);
        text.add(new WikiNode.Text("]]"));
        stack.pop();
        int left = f.count - 2;
        if (left >= 2) {
            Frame rest = new Frame('[', left, f.start);
            pushFrame(rest, f.start + left).appendAll(text);
        } else {
            if (left == 1) {
                current().text.append('[');
            }
            current().appendAll(text);
        }
        return i + 2;
    }

    /** Pops {@code f}; leftover opening braces stay open (with the element as their content) or become text. */
    private void close(Frame f, int matching, WikiNode element, int elementStart) {
        stack.pop();
        int left = f.count - matching;
        if (left >= 2) {
            Frame rest = new Frame('{', left, f.start);
            pushFrame(rest, elementStart).add(element);
        } else {
            if (left == 1) {
                current().text.append('{');
            }
            current().add(element);
        }
    }

    private WikiNode.Template template(Frame f, int start, int end) {
        Part name = f.parts.get(0);
        List<WikiNode.Argument> args = new ArrayList<>(f.parts.size() - 1);
        for (int k = 1; k < f.parts.size(); k++) {
            Part p = f.parts.get(k);
            List<WikiNode> nodes = p.finish();
            if (p.eq >= 0) {
                String argName = argumentName(nodes.subList(0, p.eqIndex)).trim();
                List<WikiNode> value = trim(nodes.subList(p.eqIndex, nodes.size()));
                args.add(new WikiNode.Argument(argName, s.substring(p.eq + 1, p.end).trim(), value, p.start, p.end));
            } else {
                args.add(new WikiNode.Argument(null, s.substring(p.start, p.end), nodes, p.start, p.end));
            }
        }
        return new WikiNode.Template(nameText(name.finish()), List.copyOf(args), s, start, end);
    }

    private WikiNode.ParameterRef parameterRef(Frame f, int start, int end) {
        List<WikiNode> def = f.parts.size() > 1 ? f.parts.get(1).finishWithEquals() : null;
        return new WikiNode.ParameterRef(nameText(f.parts.get(0).finish()), def, start, end);
    }

    /** The text of a name: text as written, comments left out, nested calls as their source. */
    private String nameText(List<WikiNode> nodes) {
        StringBuilder sb = new StringBuilder();
        for (WikiNode node : nodes) {
            if (node instanceof WikiNode.Text t) {
                sb.append(t.text());
            } else if (node instanceof WikiNode.Template t) {
                sb.append(s, t.start(), t.end());
            } else if (node instanceof WikiNode.ParameterRef p) {
                sb.append(s, p.start(), p.end());
            } else if (node instanceof WikiNode.ExtensionTag e) {
                sb.append(s, e.start(), e.end());
            }
        }
        return sb.toString();
    }

    /**
     * The text of an argument's name: a nested call, parameter or tag in it ({@code |a{{=}}b=…}, {@code |<ref/>=…})
     * is not part of it, so no markup reaches parameter names or infobox keys (as the Sweble path's names).
     */
    private static String argumentName(List<WikiNode> nodes) {
        StringBuilder sb = new StringBuilder();
        for (WikiNode node : nodes) {
            if (node instanceof WikiNode.Text t) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }

    /** Named values lose surrounding whitespace (MediaWiki trims them). */
    static List<WikiNode> trim(List<WikiNode> nodes) {
        List<WikiNode> out = new ArrayList<>(nodes);
        if (!out.isEmpty() && out.get(0) instanceof WikiNode.Text t) {
            String v = t.text().stripLeading();
            if (v.isEmpty()) {
                out.remove(0);
            } else {
                out.set(0, new WikiNode.Text(v));
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof WikiNode.Text t) {
            String v = t.text().stripTrailing();
            if (v.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, new WikiNode.Text(v));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- tags and comments

    private int angle(int i) {
        if (s.startsWith("<!--", i)) {
            return comment(i);
        }
        boolean closing = i + 1 < n && s.charAt(i + 1) == '/';
        int nameStart = i + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < n && isNameChar(s.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == nameStart || nameEnd >= n) {
            return literal(i);
        }
        char after = s.charAt(nameEnd);
        if (!(after == '>' || after == '/' || Character.isWhitespace(after))) {
            return literal(i);
        }
        String name = s.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        boolean transparent = WikiTags.TRANSPARENT.contains(name);
        boolean includeOnly = name.equals(WikiTags.INCLUDE_ONLY);
        if (!transparent && !includeOnly && !WikiTags.EXTENSION.contains(name)) {
            return literal(i);
        }
        int gt = s.indexOf('>', nameEnd);
        if (gt < 0) {
            return literal(i);
        }
        if (transparent) {
            return gt + 1; // <noinclude>, </onlyinclude>: the tags vanish on the page itself
        }
        if (closing) {
            if (includeOnly) {
                return gt + 1;
            }
            return literal(i); // a closer nothing opened is text (MediaWiki shows it, escaped)
        }
        boolean selfClosing = s.charAt(gt - 1) == '/';
        String attributes = s.substring(nameEnd, selfClosing ? gt - 1 : gt);
        if (selfClosing) {
            if (!includeOnly) {
                current().add(new WikiNode.ExtensionTag(name, attributes, null, i, gt + 1));
            }
            return gt + 1;
        }
        int[] close = noClosingTag.contains(name) ? null : findClose(name, gt + 1);
        if (close == null) {
            noClosingTag.add(name);
            if (includeOnly) {
                return n; // MediaWiki lets includeonly run to the end of the page
            }
            // MediaWiki: "treat opening tag as literal and resume parsing". An unclosed tag that is also an HTML
            // element (<pre>) formats the rest of the page instead; its text is the rest as it is, so the opener
            // just goes (the Sweble path's StrayTags reads both the same way).
            return WikiTags.HTML.contains(name) ? gt + 1 : literal(i);
        }
        if (!includeOnly) {
            current().add(new WikiNode.ExtensionTag(name, attributes, s.substring(gt + 1, close[0]), i, close[1]));
        }
        return close[1];
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_');
    }

    /** The start and end of {@code </name\s*>} (any case) from {@code from}, or null. */
    private int[] findClose(String name, int from) {
        int at = from;
        while (true) {
            int lt = s.indexOf("</", at);
            if (lt < 0) {
                return null;
            }
            int k = lt + 2;
            if (s.regionMatches(true, k, name, 0, name.length())) {
                k += name.length();
                while (k < n && Character.isWhitespace(s.charAt(k))) {
                    k++;
                }
                if (k < n && s.charAt(k) == '>') {
                    return new int[] {lt, k + 1};
                }
            }
            at = lt + 2;
        }
    }

    /**
     * A comment. As in MediaWiki, a comment alone on its line (with only spaces around it) takes the line with it,
     * so it does not leave a blank line that would split a paragraph.
     */
    private int comment(int i) {
        int close = s.indexOf("-->", i + 4);
        int end = close < 0 ? n : close + 3;
        Part p = current();
        int lineStart = i;
        while (lineStart > 0 && (s.charAt(lineStart - 1) == ' ' || s.charAt(lineStart - 1) == '\t')) {
            lineStart--;
        }
        int after = end;
        while (after < n && (s.charAt(after) == ' ' || s.charAt(after) == '\t')) {
            after++;
        }
        boolean ownLine = (lineStart == 0 || s.charAt(lineStart - 1) == '\n') && after < n && s.charAt(after) == '\n'
                && p.text.length() >= i - lineStart && lineStart > 0;
        if (ownLine) {
            p.text.setLength(p.text.length() - (i - lineStart));
            end = after + 1;
        }
        p.add(new WikiNode.Comment(i, end));
        return end;
    }

    // ---------------------------------------------------------------- stack parts

    /** An open bracket run: {@code open} is '{', '[' or '-' (for {@code -{}). */
    private static final class Frame {
        final char open;
        final int count;
        final int start;
        final List<Part> parts = new ArrayList<>(2);

        Frame(char open, int count, int start) {
            this.open = open;
            this.count = count;
            this.start = start;
        }

        /** The frame as literal text (unclosed, or a bracket that is only text): opener, parts joined by '|'. */
        List<WikiNode> asText() {
            return asText(count);
        }

        List<WikiNode> asText(int openers) {
            Part out = new Part(start);
            out.text.append(open == '-' ? "-{" : String.valueOf(open).repeat(openers));
            for (int k = 0; k < parts.size(); k++) {
                if (k > 0) {
                    out.text.append('|');
                }
                out.appendAll(parts.get(k).finishWithEquals());
            }
            return out.finish();
        }
    }

    /** One part of a frame (the name or an argument), or the page itself. */
    private static final class Part {
        final int start;
        int end;
        final List<WikiNode> nodes = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int eq = -1;
        int eqIndex = -1;

        Part(int start) {
            this.start = start;
        }

        void flush() {
            if (text.length() > 0) {
                nodes.add(new WikiNode.Text(text.toString()));
                text.setLength(0);
            }
        }

        Part add(WikiNode node) {
            flush();
            nodes.add(node);
            return this;
        }

        void appendAll(List<WikiNode> more) {
            for (WikiNode node : more) {
                if (node instanceof WikiNode.Text t) {
                    text.append(t.text());
                } else {
                    add(node);
                }
            }
        }

        List<WikiNode> finish() {
            flush();
            return nodes;
        }

        /** The part's nodes with the '=' that split it put back (for text reconstruction). */
        List<WikiNode> finishWithEquals() {
            flush();
            if (eqIndex < 0) {
                return nodes;
            }
            Part joined = new Part(start);
            joined.appendAll(nodes.subList(0, eqIndex));
            joined.text.append('=');
            joined.appendAll(nodes.subList(eqIndex, nodes.size()));
            return joined.finish();
        }
    }
}
