package org.wikirefine.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal extractor for the HTML that Cite's legacy-parser tests expect (no HTML library: these are a few fixed
 * structures that Cite itself writes). It reads:
 * <ul>
 * <li>markers: {@code <sup id="cite_ref-…" class="reference"><a href="#cite_note-…">[label]</a></sup>} (the
 * {@code <a>} may follow after other tags when the parser hoisted it out of a link); those outside reference lists
 * are the body's markers, in document order;</li>
 * <li>lists: each {@code <ol class="references" data-mw-group="g">}, with its items: {@code <li id="cite_note-…">}
 * (a numbered entry), {@code <li>} without id (an entry no marker points to: Cite's error entries), and
 * {@code <p><span class="reference-text">} (an unnumbered {@code follow=} continuation);</li>
 * <li>entry text: the {@code reference-text} span with Cite error messages and nested markers removed, tags
 * stripped, entities decoded, whitespace collapsed;</li>
 * <li>errors: the text of every {@code mw-ext-cite-error} span.</li>
 * </ul>
 */
final class CiteHtml {

    record Marker(String label, String target, int at) {
    }

    /** {@code id} is the {@code cite_note-…} id, {@code null} for an item without one; number 0 for a continuation. */
    record Entry(String id, boolean continuation, String text, boolean hadError) {
    }

    record RefList(String group, List<Entry> entries, boolean nested) {
    }

    record Parsed(List<Marker> markers, List<String> bodyLabels, List<RefList> lists, List<String> errors) {
        /** The label of the first marker pointing at an entry, or {@code null} if none does. */
        String labelOf(String id) {
            for (Marker m : markers) {
                if (m.target().equals(id)) {
                    return m.label();
                }
            }
            return null;
        }
    }

    private static final Pattern MARKER = Pattern.compile(
            "<sup id=\"cite&#95;ref-[^\"]*\" class=\"reference\">(?:<(?!a )[^>]*>)*<a href=\"#([^\"]*)\">(.*?)</a>",
            Pattern.DOTALL);
    private static final Pattern ERROR = Pattern.compile(
            "<span class=\"error mw-ext-cite-error\"[^>]*>(.*?)</span>", Pattern.DOTALL);
    private static final Pattern OL = Pattern.compile("<ol class=\"references\"([^>]*)>");
    private static final Pattern GROUP = Pattern.compile("data-mw-group=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("^<li[^>]*\\bid=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private CiteHtml() {
    }

    static Parsed parse(String html) {
        List<int[]> regions = new ArrayList<>();
        List<RefList> lists = new ArrayList<>();
        Matcher ol = OL.matcher(html);
        int from = 0;
        while (ol.find(from)) {
            int end = balanced(html, ol.start(), "<ol", "</ol>");
            regions.add(new int[] {ol.start(), end});
            Matcher g = GROUP.matcher(ol.group(1));
            String group = g.find() ? decode(g.group(1)) : "";
            String inner = html.substring(ol.end(), Math.max(ol.end(), end - "</ol>".length()));
            lists.add(items(group, inner));
            from = end;
        }
        List<Marker> markers = new ArrayList<>();
        List<String> body = new ArrayList<>();
        Matcher m = MARKER.matcher(html);
        while (m.find()) {
            String label = text(m.group(2));
            if (label.startsWith("[") && label.endsWith("]")) {
                label = label.substring(1, label.length() - 1).trim();
            }
            Marker marker = new Marker(label, decode(m.group(1)), m.start());
            markers.add(marker);
            if (!inside(regions, m.start())) {
                body.add(label);
            }
        }
        List<String> errors = new ArrayList<>();
        Matcher e = ERROR.matcher(html);
        while (e.find()) {
            errors.add(text(e.group(1)));
        }
        return new Parsed(markers, body, lists, errors);
    }

    private static RefList items(String group, String inner) {
        List<Entry> entries = new ArrayList<>();
        boolean nested = inner.contains("<ol");
        int k = 0;
        while (k < inner.length()) {
            int li = inner.indexOf("<li", k);
            int p = inner.indexOf("<p>", k);
            if (li < 0 && p < 0) {
                break;
            }
            if (li >= 0 && (p < 0 || li < p)) {
                int end = balanced(inner, li, "<li", "</li>");
                String item = inner.substring(li, end);
                Matcher id = ID.matcher(item);
                entries.add(new Entry(id.find() ? decode(id.group(1)) : null, false, referenceText(item),
                        item.contains("mw-ext-cite-error")));
                k = end;
            } else {
                int end = inner.indexOf("</p>", p);
                end = end < 0 ? inner.length() : end + 4;
                entries.add(new Entry(null, true, referenceText(inner.substring(p, end)), false));
                k = end;
            }
        }
        return new RefList(group, entries, nested);
    }

    /** The text of the item's {@code reference-text} span (balanced on nested spans), cleaned. */
    private static String referenceText(String item) {
        int s = item.indexOf("<span class=\"reference-text\"");
        if (s < 0) {
            return "";
        }
        int open = item.indexOf('>', s) + 1;
        int end = balanced(item, s, "<span", "</span>");
        String inner = item.substring(open, Math.max(open, end - "</span>".length()));
        inner = ERROR.matcher(inner).replaceAll(" ");
        inner = MARKER.matcher(inner).replaceAll("");
        return text(inner);
    }

    /** Index just after the close tag matching the open tag at {@code start}, counting nested tags of that name. */
    static int balanced(String s, int start, String open, String close) {
        int depth = 0;
        int k = start;
        while (k < s.length()) {
            int o = indexOfTag(s, open, k);
            int c = s.indexOf(close, k);
            if (c < 0) {
                return s.length();
            }
            if (o >= 0 && o < c) {
                depth++;
                k = o + open.length();
            } else {
                depth--;
                k = c + close.length();
                if (depth == 0) {
                    return k;
                }
            }
        }
        return s.length();
    }

    /** The next {@code <name} that is that tag (followed by space, {@code >} or {@code /}), not a longer name. */
    private static int indexOfTag(String s, String open, int from) {
        int k = from;
        while (true) {
            int i = s.indexOf(open, k);
            if (i < 0 || i + open.length() >= s.length()) {
                return -1;
            }
            char c = s.charAt(i + open.length());
            if (c == ' ' || c == '>' || c == '/' || c == '\n') {
                return i;
            }
            k = i + 1;
        }
    }

    private static boolean inside(List<int[]> regions, int at) {
        for (int[] r : regions) {
            if (at >= r[0] && at < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** Tags stripped, entities decoded, whitespace collapsed and trimmed. */
    static String text(String html) {
        String t = TAG.matcher(html).replaceAll("");
        return collapse(decode(t));
    }

    static String collapse(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").trim();
    }

    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int k = 0;
        while (k < s.length()) {
            char c = s.charAt(k);
            int semi = c == '&' ? s.indexOf(';', k) : -1;
            if (semi > k && semi - k <= 10) {
                String ent = s.substring(k + 1, semi);
                String rep = entity(ent);
                if (rep != null) {
                    sb.append(rep);
                    k = semi + 1;
                    continue;
                }
            }
            sb.append(c);
            k++;
        }
        return sb.toString();
    }

    private static String entity(String e) {
        try {
            if (e.startsWith("#x") || e.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            }
            if (e.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(e.substring(1))));
            }
        } catch (IllegalArgumentException ex) {
            return null;
        }
        return switch (e.toLowerCase(Locale.ROOT)) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            default -> null;
        };
    }
}
