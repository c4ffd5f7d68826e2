package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.wikirefine.internal.model.Block;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.site.WikiSyntax;

/**
 * The degraded rendering for pages Sweble cannot be trusted with (over the guard's limits, over the time budget,
 * or crashing): a linear-time markup stripper. It keeps the words, headings and paragraphs, drops templates, refs,
 * tags and tables' syntax, and never lets markup tokens through. Every use is flagged by an error diagnostic.
 */
final class PlainFallback {

    private static final Pattern SIMPLE_LINK = Pattern.compile("\\[\\[([^\\[\\]\\n]{0,500})\\]\\]");
    private static final Pattern EXTERNAL = Pattern.compile("\\[(?:https?:)?//[^\\s\\]]{1,500}(?: ([^\\]\\n]{0,500}))?\\]");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>\\n]{0,300}>");
    private static final Pattern QUOTES = Pattern.compile("'{2,}");
    private static final Pattern HEADING = Pattern.compile("^(={1,6})\\s*(.*?)\\s*\\1\\s*$");
    private static final Pattern TOKENS = Pattern.compile("\\[\\[|\\]\\]|\\{\\{|\\}\\}|-\\{|\\}-|\\{\\||\\|\\}");

    private PlainFallback() {
    }

    static List<Block> blocks(String wikitext, WikiProfile profile) {
        String s = removeBetween(wikitext, "<!--", "-->");
        s = removeRefs(s);
        s = removeNested(s, "{{", "}}");
        s = SIMPLE_LINK.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(linkLabel(m.group(1), profile)));
        s = EXTERNAL.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) == null ? "" : m.group(1)));
        s = TAG.matcher(s).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("");
        s = WikiSyntax.of(profile).switches(s).replaceAll("");
        s = HtmlEntities.decode(s);

        List<Block> blocks = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String raw : s.split("\n", -1)) {
            String line = raw.strip();
            var h = HEADING.matcher(line);
            if (h.matches()) {
                flush(para, blocks);
                blocks.add(new Block.Section(h.group(1).length(), List.of(new Inline.Text(clean(h.group(2)))), List.of()));
                continue;
            }
            if (line.isEmpty() || line.startsWith("{|") || line.startsWith("|}") || line.startsWith("|-")) {
                flush(para, blocks);
                continue;
            }
            line = line.replaceFirst("^[*#:;!|]+\\s*", "");
            if (para.length() > 0) {
                para.append(' ');
            }
            para.append(line);
        }
        flush(para, blocks);
        return blocks;
    }

    private static void flush(StringBuilder para, List<Block> blocks) {
        String text = clean(para.toString());
        if (!text.isBlank()) {
            blocks.add(new Block.Paragraph(List.of(new Inline.Verbatim(text))));
        }
        para.setLength(0);
    }

    private static String clean(String s) {
        return TOKENS.matcher(s).replaceAll("").replace("||", " ").strip();
    }

    private static String linkLabel(String inner, WikiProfile profile) {
        String target = inner.contains("|") ? inner.substring(0, inner.indexOf('|')) : inner;
        if (profile.isFile(target) || profile.isCategory(target)) {
            return "";
        }
        return inner.contains("|") ? inner.substring(inner.lastIndexOf('|') + 1) : inner;
    }

    private static String removeBetween(String s, String open, String close) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int a = s.indexOf(open, i);
            if (a < 0) {
                sb.append(s, i, s.length());
                break;
            }
            sb.append(s, i, a);
            int b = s.indexOf(close, a + open.length());
            if (b < 0) {
                break;
            }
            i = b + close.length();
        }
        return sb.toString();
    }

    private static String removeRefs(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        while (i < s.length()) {
            int a = lower.indexOf("<ref", i);
            if (a < 0) {
                sb.append(s, i, s.length());
                break;
            }
            sb.append(s, i, a);
            int gt = s.indexOf('>', a);
            if (gt < 0) {
                break;
            }
            if (s.charAt(gt - 1) == '/') {
                i = gt + 1;
                continue;
            }
            int end = lower.indexOf("</ref>", gt);
            i = end < 0 ? gt + 1 : end + 6;
        }
        return sb.toString();
    }

    /**
     * Removes balanced open…close spans with their content in one linear pass; an opener that never closes is
     * removed alone, so a stray {@code {{} cannot swallow the rest of the page.
     */
    private static String removeNested(String s, String open, String close) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] starts = new int[64];
        int depth = 0;
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith(open, i)) {
                if (depth == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, depth * 2);
                }
                starts[depth++] = sb.length();
                i += open.length();
            } else if (depth > 0 && s.startsWith(close, i)) {
                sb.setLength(starts[--depth]);
                i += close.length();
            } else {
                sb.append(s.charAt(i));
                i++;
            }
        }
        return sb.toString();
    }
}
