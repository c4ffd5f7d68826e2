package org.wikirefine.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wikirefine.Diagnostic;
import org.wikirefine.TemplateCall;
import org.wikirefine.internal.model.InfoboxModel;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.model.RefEntry;
import org.wikirefine.internal.model.RefUse;

/**
 * A test stand-in for the lead's article builder. Its {@link #parseInline} is deliberately small but honest: plain
 * text, {@code '''bold'''}/{@code ''italic''} marks removed, {@code [[a|b]]}, {@code [[a]]}, {@code [url label]},
 * {@code <br>} and {@code *} list lines as {@link Inline.LineBreak}, {@code <small>}/{@code <div>} tags removed
 * (their text kept), {@code <ref>…</ref>} and {@code <ref name=x/>} through {@link #cite}, and nested templates
 * through the registry, recursively. File links are dropped. Reference numbering is in order of first use per
 * group, as Cite does it.
 */
final class FakeContext implements TemplateContext {

    final TemplateRegistry registry;
    final List<Inline> emitted;
    final Shared shared;
    final int depth;

    /** State shared by a page's contexts. */
    static final class Shared {
        final List<InfoboxModel> infoboxes = new ArrayList<>();
        final Map<String, RefEntry> refs = new LinkedHashMap<>();
        final Map<String, Integer> counters = new LinkedHashMap<>();
        final List<String> lists = new ArrayList<>();
        final List<String> diagnostics = new ArrayList<>();
        final List<TemplateCall> calls = new ArrayList<>();
        final List<Citation> citations = new ArrayList<>();
        final List<Map<String, String>> data = new ArrayList<>();
        final List<String> suffixes = new ArrayList<>();
    }

    FakeContext(TemplateRegistry registry) {
        this(registry, new Shared(), 0);
    }

    private FakeContext(TemplateRegistry registry, Shared shared, int depth) {
        this.registry = registry;
        this.shared = shared;
        this.depth = depth;
        this.emitted = new ArrayList<>();
    }

    /** Parses a whole snippet at depth 0 and returns what it produced. */
    List<Inline> run(String wikitext) {
        List<Inline> out = parse(wikitext, depth);
        emitted.addAll(out);
        return out;
    }

    @Override
    public List<Inline> parseInline(String wikitext) {
        return parse(wikitext, depth + 1);
    }

    private List<Inline> parse(String wikitext, int d) {
        String s = wikitext.replaceAll("(?s)<!--.*?-->", "");
        List<Inline> out = new ArrayList<>();
        boolean inListLine = false;
        StringBuilder text = new StringBuilder();
        int i = 0;
        boolean lineStart = true;
        while (i < s.length()) {
            if (lineStart) {
                int j = i;
                while (j < s.length() && (s.charAt(j) == '*' || s.charAt(j) == '#')) {
                    j++;
                }
                inListLine = j > i;
                if (j > i) {
                    flush(text, out);
                    out.add(new Inline.LineBreak());
                    i = j;
                }
                lineStart = false;
                continue;
            }
            char c = s.charAt(i);
            if (s.startsWith("{{", i)) {
                int end = matchBraces(s, i);
                flush(text, out);
                out.addAll(template(s.substring(i + 2, end - 2), d));
                i = end;
            } else if (s.startsWith("[[", i)) {
                int end = s.indexOf("]]", i);
                if (end < 0) {
                    text.append(c);
                    i++;
                    continue;
                }
                // nested [[File:..|[[x]]]]: find balanced end
                int depthB = 0;
                int k = i;
                while (k < s.length() - 1) {
                    if (s.startsWith("[[", k)) {
                        depthB++;
                        k += 2;
                    } else if (s.startsWith("]]", k)) {
                        depthB--;
                        k += 2;
                        if (depthB == 0) {
                            break;
                        }
                    } else {
                        k++;
                    }
                }
                String inner = s.substring(i + 2, k - 2);
                flush(text, out);
                String lower = inner.toLowerCase();
                if (!(lower.startsWith("file:") || lower.startsWith("image:") || lower.startsWith("文件:") || lower.startsWith("檔案:"))) {
                    int bar = inner.indexOf('|');
                    String target = bar < 0 ? inner : inner.substring(0, bar);
                    String label = bar < 0 ? inner : inner.substring(bar + 1);
                    out.add(new Inline.InternalLink(target.trim().replace('_', ' '), parse(label, d)));
                }
                i = k;
            } else if (c == '[' && (s.startsWith("[http", i) || s.startsWith("[//", i))) {
                int end = s.indexOf(']', i);
                String inner = s.substring(i + 1, end);
                int sp = inner.indexOf(' ');
                flush(text, out);
                out.add(new Inline.ExternalLink(sp < 0 ? inner : inner.substring(0, sp),
                        sp < 0 ? List.of() : parse(inner.substring(sp + 1), d)));
                i = end + 1;
            } else if (s.startsWith("<ref", i) && (i + 4 < s.length()) && (s.charAt(i + 4) == '>' || s.charAt(i + 4) == ' ')) {
                int close = s.indexOf('>', i);
                String attrs = s.substring(i + 4, close).trim();
                boolean selfClosing = attrs.endsWith("/");
                String name = attr(attrs.replaceAll("/$", ""), "name");
                String group = attr(attrs.replaceAll("/$", ""), "group");
                String body = null;
                int next = close + 1;
                if (!selfClosing) {
                    int end = s.indexOf("</ref>", close);
                    body = s.substring(close + 1, end);
                    next = end + 6;
                }
                flush(text, out);
                RefUse use = cite(group, name, body);
                out.add(new Inline.RefMarker(use));
                i = next;
            } else if (s.startsWith("<br", i)) {
                int close = s.indexOf('>', i);
                flush(text, out);
                out.add(new Inline.LineBreak());
                i = close + 1;
            } else if (s.startsWith("<div", i) || s.startsWith("</div", i) || s.startsWith("<p>", i) || s.startsWith("</p>", i)) {
                // block elements start a new line, as in the rendered page
                int close = s.indexOf('>', i);
                flush(text, out);
                out.add(new Inline.LineBreak());
                i = close < 0 ? s.length() : close + 1;
            } else if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i);
                i = end < 0 ? s.length() : end + 3;
            } else if (c == '<' && i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/')) {
                int close = s.indexOf('>', i);
                i = close < 0 ? s.length() : close + 1; // tags dropped, text kept
            } else if (s.startsWith("'''", i)) {
                i += 3;
            } else if (s.startsWith("''", i)) {
                i += 2;
            } else if (c == '\n') {
                flush(text, out);
                // a newline inside a value: a new line; only list lines become breaks, blank lines too
                if (inListLine || (i + 1 < s.length() && s.charAt(i + 1) == '\n')) {
                    out.add(new Inline.LineBreak());
                } else {
                    text.append(' ');
                }
                i++;
                lineStart = true;
            } else if (s.startsWith("----", i)) {
                flush(text, out);
                out.add(new Inline.LineBreak());
                while (i < s.length() && s.charAt(i) == '-') {
                    i++;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text, out);
        return out;
    }

    private static String attr(String attrs, String key) {
        var m = java.util.regex.Pattern.compile(key + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s/>]+))").matcher(attrs);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
    }

    private List<Inline> template(String body, int d) {
        List<String> parts = splitTop(body);
        String name = TemplateNames.normalize(parts.get(0));
        List<TemplateCall.Parameter> params = new ArrayList<>();
        int pos = 1;
        for (int k = 1; k < parts.size(); k++) {
            String p = parts.get(k);
            int eq = topLevelEquals(p);
            if (eq >= 0) {
                params.add(new TemplateCall.Parameter(p.substring(0, eq).trim(), p.substring(eq + 1).trim()));
            } else {
                params.add(new TemplateCall.Parameter(Integer.toString(pos++), p));
            }
        }
        TemplateCall call = new TemplateCall(name, params, -1, true);
        var h = registry.handlerFor(call);
        shared.calls.add(new TemplateCall(name, params, -1, h.isPresent()));
        if (h.isEmpty()) {
            shared.diagnostics.add("UNKNOWN_TEMPLATE");
            return List.of();
        }
        FakeContext child = new FakeContext(registry, shared, d);
        h.get().handle(call, child);
        return child.emitted;
    }

    private static int topLevelEquals(String p) {
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == '=' && depth == 0) {
                return i;
            } else if (c == '<' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    static List<String> splitTop(String body) {
        return org.wikirefine.internal.wikitext.WikitextScan.splitTopLevel(body, false);
    }

    static int matchBraces(String s, int i) {
        return TemplateCallScanner.matchBraces(s, i);
    }

    private static void flush(StringBuilder text, List<Inline> out) {
        if (text.length() > 0) {
            out.add(new Inline.Text(text.toString()));
            text.setLength(0);
        }
    }

    @Override
    public void emit(List<Inline> content) {
        emitted.addAll(content);
    }

    @Override
    public void addInfobox(InfoboxModel infobox) {
        shared.infoboxes.add(infobox);
    }

    @Override
    public RefUse cite(String group, String name, String bodyWikitext) {
        String g = group == null ? "" : group;
        String key = g + "\u0000" + (name == null ? "#" + shared.refs.size() : name);
        RefEntry e = shared.refs.get(key);
        if (e == null) {
            e = new RefEntry(g, name);
            int n = shared.counters.merge(g, 1, Integer::sum);
            e.number(n);
            shared.refs.put(key, e);
        }
        if (bodyWikitext != null && !e.isDefined()) {
            FakeContext inner = new FakeContext(registry, shared, depth + 1);
            List<Inline> content = inner.parse(bodyWikitext, depth + 1);
            e.content(content, -1);
        }
        e.addUse();
        return new RefUse(e, "");
    }

    @Override
    public void referenceList(String group, String listDefinedWikitext) {
        shared.lists.add(group == null ? "" : group);
        if (listDefinedWikitext != null) {
            parse(listDefinedWikitext, depth + 1);
        }
    }

    @Override
    public void diagnostic(String code, Diagnostic.Severity severity, String message) {
        shared.diagnostics.add(code);
    }

    @Override
    public int depth() {
        return depth;
    }

    @Override
    public void citation(Citation citation) {
        shared.citations.add(citation);
    }

    @Override
    public void suffixPreviousRef(String suffix) {
        shared.suffixes.add(suffix);
    }

    @Override
    public void data(String kind, Map<String, String> fields) {
        Map<String, String> m = new LinkedHashMap<>(fields);
        m.put("kind", kind);
        shared.data.add(m);
    }

    /** Renders inline content as the fixtures' plain text: links as labels, refs as [n], breaks as newlines. */
    static String render(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        for (Inline in : content) {
            if (in instanceof Inline.Text t) {
                sb.append(t.text().replaceAll("-\\{(.*?)\\}-", "$1"));
            } else if (in instanceof Inline.Verbatim v) {
                sb.append(v.text());
            } else if (in instanceof Inline.Code c) {
                sb.append(c.text());
            } else if (in instanceof Inline.InternalLink l) {
                sb.append(render(l.label()));
            } else if (in instanceof Inline.ExternalLink e) {
                sb.append(e.label().isEmpty() ? e.url() : render(e.label()));
            } else if (in instanceof Inline.LineBreak) {
                sb.append('\n');
            } else if (in instanceof Inline.RefMarker r) {
                String g = r.use().entry().group();
                int n = r.use().entry().number();
                String label = g.equals("lower-alpha") && n <= 26 ? String.valueOf((char) ('a' + n - 1))
                        : g.isEmpty() ? Integer.toString(n) : g + " " + n;
                sb.append('[').append(label).append(']');
            }
        }
        return sb.toString();
    }
}
