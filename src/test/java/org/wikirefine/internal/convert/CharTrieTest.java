package org.wikirefine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The trie against the plainest reading of PHP's {@code strtr} (at each position try every length from the longest
 * key down, through a map): random keys over a small alphabet so that keys share prefixes and nodes get the many
 * children that switch on the per-node hash index, with replacements and removals, in all three root shapes
 * (dense, sparse, and sparse turning dense).
 */
class CharTrieTest {

    /** A few ASCII units, CJK units and one private-use unit, so that hash slots collide and wrap around. */
    private static final char[] ALPHABET = buildAlphabet();

    private static char[] buildAlphabet() {
        StringBuilder sb = new StringBuilder("ab-{");
        for (int i = 0; i < 40; i++) {
            sb.append((char) (0x4E00 + i * 97));
        }
        sb.append('\uE010');
        return sb.toString().toCharArray();
    }

    @Test
    void matchesTheReferenceOnRandomKeysReplacementsAndRemovals() {
        Random random = new Random(20261202);
        for (int round = 0; round < 60; round++) {
            int shape = round % 3;
            CharTrie trie = shape == 0 ? new CharTrie(true) : shape == 1 ? CharTrie.sparse() : new CharTrie();
            Map<String, String> reference = new HashMap<>();
            int keys = 50 + random.nextInt(shape == 2 ? 900 : 400);
            for (int k = 0; k < keys; k++) {
                String key = word(random, 1 + random.nextInt(random.nextInt(8) == 0 ? 6 : 3));
                if (random.nextInt(6) == 0) {
                    trie.remove(key);
                    reference.remove(key);
                } else {
                    String value = "<" + word(random, random.nextInt(3)) + ">";
                    trie.put(key, value);
                    reference.put(key, value);
                }
            }
            assertThat(trie.size()).isEqualTo(reference.size());
            for (Map.Entry<String, String> e : reference.entrySet()) {
                assertThat(trie.get(e.getKey())).isEqualTo(e.getValue());
            }
            for (int t = 0; t < 20; t++) {
                String text = word(random, random.nextInt(200));
                StringBuilder out = new StringBuilder();
                ZhConversionSession.translateForTools(text, trie, out);
                assertThat(out.toString()).as("round %d, text %s", round, text).isEqualTo(strtr(text, reference));
            }
        }
    }

    /** Thousands of children under one node and under the root (a sparse root, and one that turns dense). */
    @Test
    void nodesWithThousandsOfChildrenFindEachOfThem() {
        for (CharTrie trie : new CharTrie[] {CharTrie.sparse(), new CharTrie()}) {
            for (char c = 0x4E00; c < 0x4E00 + 3000; c++) {
                trie.put("x" + c, String.valueOf(c));
                trie.put(String.valueOf(c), "");
            }
            for (char c = 0x4E00; c < 0x4E00 + 3000; c++) {
                assertThat(trie.get("x" + c)).isEqualTo(String.valueOf(c));
                assertThat(trie.get(String.valueOf(c))).isEmpty();
            }
            assertThat(trie.get("x" + (char) (0x4E00 + 3000))).isNull();
            assertThat(trie.get(String.valueOf((char) (0x4E00 + 3000)))).isNull();
            assertThat(trie.get("y")).isNull();
        }
    }

    private static String word(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** Leftmost-longest replacement, replaced text not rescanned. */
    private static String strtr(String text, Map<String, String> pairs) {
        int longest = pairs.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int len = Math.min(longest, text.length() - i);
            while (len > 0 && !pairs.containsKey(text.substring(i, i + len))) {
                len--;
            }
            if (len == 0) {
                out.append(text.charAt(i++));
            } else {
                out.append(pairs.get(text.substring(i, i + len)));
                i += len;
            }
        }
        return out.toString();
    }
}
