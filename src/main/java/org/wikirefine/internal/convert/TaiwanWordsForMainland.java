package org.wikirefine.internal.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Mainland words for Taiwan vocabulary, by reading OpenCC's Taiwan phrase list (mainland word → Taiwan word)
 * backwards: 網際網路 → 互联网, 隨身碟 → U盘. Read whole, that route also rewrites ordinary mainland text (程序 → 进程,
 * 文件 → 文档, issue 12), because many Taiwan words are spelt with characters Simplified text uses as well. So an
 * entry is kept only when its Taiwan spelling holds a character Simplified text never uses ({@link TraditionalOnly}):
 * such a key cannot match Simplified input, and zh-cn leaves Simplified text exactly as before. 程式 (a word of both
 * scripts) stays out; 程式設計 (設 is Traditional only) comes in.
 */
final class TaiwanWordsForMainland {

    private TaiwanWordsForMainland() {
    }

    /**
     * @param twPhrases   OpenCC's TWPhrases, Simplified mainland word → Taiwan word (first candidate)
     * @param taiwanGlyph the Taiwan glyph spelling of a Traditional word (爲 → 為), so both spellings are keys
     * @param traditional the characters Simplified text does not use
     * @return Taiwan spelling → Simplified mainland word
     */
    static Map<String, String> pairs(Map<String, String> twPhrases, UnaryOperator<String> taiwanGlyph,
            TraditionalOnly traditional) {
        // Several mainland words can share one Taiwan word (互联网, 互联网络 → 網際網路); the shortest, the most
        // general one, is kept; ties by code order so that the table does not depend on the file's order.
        List<Map.Entry<String, String>> entries = new ArrayList<>(twPhrases.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length())
                .thenComparing(Map.Entry::getKey));
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, String> e : entries) {
            String mainland = e.getKey();
            if (traditional.anyIn(mainland)) {
                continue;  // not a Simplified word: nothing to write in zh-cn
            }
            for (String taiwan : List.of(e.getValue(), taiwanGlyph.apply(e.getValue()))) {
                if (traditional.anyIn(taiwan)) {
                    out.putIfAbsent(taiwan, mainland);
                }
            }
        }
        return out;
    }
}
