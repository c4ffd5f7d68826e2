package org.wikirefine.internal.convert;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Characters that Simplified Chinese text does not use, by OpenCC's own tables: a character OpenCC's t2s changes
 * (a TSCharacters key) that t2s never writes (in no TSCharacters or TSPhrases value) and that s2t does not take as
 * Simplified input (no STCharacters key). 帳, 號, 攜 and 體 are such characters; 著, 乾, 後 and 台 are not (t2s writes
 * 著 in 著名, 乾 in 乾隆; s2t reads 后 and 台 as Simplified). A table entry whose key holds one of them can only
 * match text that is not Simplified, so zh-cn may take it without ever touching Simplified input.
 */
final class TraditionalOnly {

    private final Set<Integer> codePoints;

    private TraditionalOnly(Set<Integer> codePoints) {
        this.codePoints = codePoints;
    }

    /** From OpenCC's dictionaries, each as key → candidates. */
    static TraditionalOnly of(Map<String, List<String>> tsCharacters, Map<String, List<String>> tsPhrases,
            Map<String, List<String>> stCharacters) {
        Set<Integer> simplifiedUse = new HashSet<>();
        addValues(tsCharacters, simplifiedUse);
        addValues(tsPhrases, simplifiedUse);
        for (String k : stCharacters.keySet()) {
            k.codePoints().forEach(simplifiedUse::add);
        }
        Set<Integer> only = new HashSet<>();
        for (Map.Entry<String, List<String>> e : tsCharacters.entrySet()) {
            String k = e.getKey();
            if (k.codePointCount(0, k.length()) != 1 || e.getValue().contains(k)) {
                continue;
            }
            int cp = k.codePointAt(0);
            if (!simplifiedUse.contains(cp)) {
                only.add(cp);
            }
        }
        return new TraditionalOnly(only);
    }

    private static void addValues(Map<String, List<String>> dictionary, Set<Integer> sink) {
        for (List<String> candidates : dictionary.values()) {
            for (String c : candidates) {
                c.codePoints().forEach(sink::add);
            }
        }
    }

    /** Whether the text holds at least one character Simplified text does not use. */
    boolean anyIn(String text) {
        return text.codePoints().anyMatch(codePoints::contains);
    }

    boolean contains(int codePoint) {
        return codePoints.contains(codePoint);
    }

    int size() {
        return codePoints.size();
    }
}
