package org.wikirefine.internal.parse;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * MediaWiki's rule for an extension tag that is opened and never closed ({@code Preprocessor_Hash}: "Don't match
 * the tag, treat opening tag as literal and resume parsing"): the opener is text and the rest of the page is parsed
 * as usual. Sweble instead runs such a tag to the end of the page, which turned everything after a stray
 * {@code <nowiki>}, {@code <math>} or {@code <syntaxhighlight>} into raw wikitext. This linear pass, in front of
 * Sweble, writes the opener of every unclosed extension tag as {@code &lt;} text, so both parsers agree.
 * <ul>
 *   <li>The closer is searched case-insensitively anywhere after the opener ({@code </name\s*>}); a matched tag's
 *       body is skipped, since extension tags do not nest. Once a name has no closer left, later openers of it are
 *       stray too (MediaWiki's {@code $noMoreClosingTag}), which keeps the pass linear.</li>
 *   <li>{@code <pre>} is also an HTML element that MediaWiki's sanitizer keeps: unclosed, it formats the rest of
 *       the page without hiding its markup, so for plain-text purposes its opener is simply dropped.</li>
 *   <li>{@code includeonly}, {@code noinclude} and {@code onlyinclude} may run to the end (MediaWiki's
 *       {@code $xmlishAllowMissingEndTag}); comments hide tags.</li>
 * </ul>
 */
final class StrayTags {

    private static final Set<String> MAY_RUN_TO_END = Set.of("includeonly", "noinclude", "onlyinclude");
    private static final String HTML_TOO = "pre";

    private StrayTags() {
    }

    /** The text with each unclosed extension-tag opener made literal; the same instance if there is none. */
    static String neutralize(String text, Predicate<String> isExtensionTag) {
        StringBuilder out = null;
        int copied = 0;
        Set<String> noMoreClosers = new HashSet<>();
        int n = text.length();
        int i = text.indexOf('<');
        while (i >= 0 && i < n) {
            if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    break;
                }
                i = text.indexOf('<', end + 3);
                continue;
            }
            int nameEnd = i + 1;
            while (nameEnd < n && isNameChar(text.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = text.substring(i + 1, nameEnd).toLowerCase(java.util.Locale.ROOT);
            int tagEnd = nameEnd < n && isBoundary(text, nameEnd) ? text.indexOf('>', nameEnd) : -1;
            if (name.isEmpty() || tagEnd < 0 || MAY_RUN_TO_END.contains(name) || !isExtensionTag.test(name)
                    || text.charAt(tagEnd - 1) == '/') {
                i = text.indexOf('<', i + 1);
                continue;
            }
            int closer = noMoreClosers.contains(name) ? -1 : closer(text, name, tagEnd + 1);
            if (closer >= 0) {
                i = text.indexOf('<', closer);
                continue;
            }
            noMoreClosers.add(name);
            if (out == null) {
                out = new StringBuilder(n + 16);
            }
            out.append(text, copied, i).append(name.equals(HTML_TOO) ? "" : "&lt;" + text.substring(i + 1, tagEnd + 1));
            copied = tagEnd + 1;
            i = text.indexOf('<', tagEnd + 1);
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** The end of the first {@code </name\s*>} at or after {@code from}, or -1. */
    private static int closer(String text, String name, int from) {
        int k = text.indexOf("</", from);
        while (k >= 0) {
            int j = k + 2 + name.length();
            if (text.regionMatches(true, k + 2, name, 0, name.length())) {
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '>') {
                    return j + 1;
                }
            }
            k = text.indexOf("</", k + 2);
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    private static boolean isBoundary(String text, int at) {
        char c = text.charAt(at);
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }
}
