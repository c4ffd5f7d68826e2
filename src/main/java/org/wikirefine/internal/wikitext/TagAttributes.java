package org.wikirefine.internal.wikitext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Attributes of a tag's raw attribute text, read as MediaWiki's {@code Sanitizer::decodeTagAttributes} reads them:
 * {@code name}, {@code name=value}, {@code name="value"} or {@code name='value'} (an unclosed quote runs to the end),
 * spaces allowed around {@code =}; names lower case; the last occurrence wins. Values are raw (not yet decoded).
 */
public final class TagAttributes {

    private TagAttributes() {
    }

    public static Map<String, String> parse(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        int n = raw.length();
        int i = 0;
        while (i < n) {
            while (i < n && (isSpace(raw.charAt(i)) || raw.charAt(i) == '/')) {
                i++;
            }
            int nameStart = i;
            while (i < n && !isSpace(raw.charAt(i)) && raw.charAt(i) != '/' && raw.charAt(i) != '>' && raw.charAt(i) != '=') {
                i++;
            }
            if (i == nameStart) {
                i++;
                continue;
            }
            String name = raw.substring(nameStart, i).toLowerCase(Locale.ROOT);
            int k = i;
            while (k < n && isSpace(raw.charAt(k))) {
                k++;
            }
            if (k >= n || raw.charAt(k) != '=') {
                out.put(name, "");
                continue;
            }
            k++;
            while (k < n && isSpace(raw.charAt(k))) {
                k++;
            }
            if (k < n && (raw.charAt(k) == '"' || raw.charAt(k) == '\'')) {
                int close = raw.indexOf(raw.charAt(k), k + 1);
                int end = close < 0 ? n : close;
                out.put(name, raw.substring(k + 1, end));
                i = close < 0 ? n : close + 1;
            } else {
                int end = k;
                while (end < n && !isSpace(raw.charAt(end)) && raw.charAt(end) != '>') {
                    end++;
                }
                out.put(name, raw.substring(k, end));
                i = end;
            }
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
