package org.wikirefine.internal.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds regional words into the longer phrases of a one-pass table. OpenCC chains its conversions (s2t, then the
 * Taiwan phrases over the result), so 据报道 → 據報道 → 據報導; a single leftmost-longest pass over one merged table
 * (MediaWiki's way, and ours) matches the longer s2t phrase 据报道 first and never sees 報道. Rewriting the values of
 * the table's phrases with the regional words gives the chained result in one pass.
 */
final class PhraseFolding {

    private PhraseFolding() {
    }

    /**
     * Rewrites, in every value of {@code table} longer than one character, each occurrence of a key of
     * {@code words} (leftmost, longest first) by its value. Keys equal to their value are ignored.
     */
    static void rewriteValues(Map<String, String> table, Map<String, String> words) {
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (Map.Entry<String, String> w : words.entrySet()) {
            if (!w.getKey().isEmpty() && !w.getKey().equals(w.getValue())) {
                byFirst.computeIfAbsent(w.getKey().charAt(0), c -> new ArrayList<>()).add(w.getKey());
            }
        }
        byFirst.values().forEach(l -> l.sort((a, b) -> b.length() - a.length()));
        for (Map.Entry<String, String> e : table.entrySet()) {
            String v = e.getValue();
            if (v.length() > 1) {
                String r = rewrite(v, byFirst, words);
                if (r != v) {
                    e.setValue(r);
                }
            }
        }
    }

    private static String rewrite(String v, Map<Character, List<String>> byFirst, Map<String, String> words) {
        StringBuilder sb = null;
        int i = 0;
        while (i < v.length()) {
            String hit = null;
            List<String> candidates = byFirst.get(v.charAt(i));
            if (candidates != null) {
                for (String k : candidates) {
                    if (v.startsWith(k, i)) {
                        hit = k;
                        break;
                    }
                }
            }
            if (hit == null || (hit.length() == v.length())) {
                if (sb != null) {
                    sb.append(v.charAt(i));
                }
                i++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(v.length() + 4).append(v, 0, i);
            }
            sb.append(words.get(hit));
            i += hit.length();
        }
        return sb == null ? v : sb.toString();
    }
}
