package org.wikirefine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wikirefine.BaseConversion;
import org.wikirefine.Variant;

/**
 * A rule block must convert exactly as its rules written out as {@code -{H|…}-} markup at the same place: same
 * longest-match, same "later wins", page rules before and after it, removals, variant filters that convert with a
 * fallback variant's table, blocks inside rules.
 */
class RuleBlockTest {

    private static final ZhVariantConverter CONVERTER = ZhVariantConverter.create(BaseConversion.openCc());
    private static final Variant[] VARIANTS = {Variant.ZH_CN, Variant.ZH_TW, Variant.ZH_HK, Variant.ZH_SG,
        Variant.ZH_HANS, Variant.ZH_HANT, Variant.ZH_MO, Variant.ZH_MY, Variant.ZH};

    /** Words that overlap (prefixes of each other) so longest-match and ties between tables matter. */
    private static final String[] WORDS = {"软件", "软件包", "件包", "程序", "程序员", "序员", "信息", "信息学", "网络", "络"};

    @Test
    void aBlockConvertsAsItsRulesWrittenOut() {
        Random random = new Random(20261202);
        for (int round = 0; round < 400; round++) {
            List<String> groupA = rules(random, 1 + random.nextInt(6));
            List<String> groupB = rules(random, 1 + random.nextInt(6));
            String tokens = page(random, groupA, groupB, true);
            String markup = expand(tokens, groupA, groupB);
            for (Variant v : VARIANTS) {
                assertThat(CONVERTER.open(v, false, false).convert(tokens))
                        .as("round %d, %s: %s", round, v, markup)
                        .isEqualTo(CONVERTER.open(v, false, false).convert(markup));
            }
        }
    }

    @Test
    void aLaterRuleWinsOverABlockAndABlockOverAnEarlierOne() {
        String block = RuleBlock.of(List.of("zh-cn:软件;zh-tw:BLOCK;")).token();
        ConversionSession s = CONVERTER.open(Variant.ZH_TW, false, false);
        assertThat(s.convert("-{H|zh-cn:软件;zh-tw:EARLY;}-" + block + "软件")).isEqualTo("BLOCK");
        ConversionSession t = CONVERTER.open(Variant.ZH_TW, false, false);
        assertThat(t.convert(block + "-{H|zh-cn:软件;zh-tw:LATE;}-软件")).isEqualTo("LATE");
    }

    @Test
    void malformedOrUnknownTokensVanish() {
        ConversionSession s = CONVERTER.open(Variant.ZH_TW, false, false);
        String unknown = ConversionMarks.RULES_START + "4095" + ConversionMarks.RULES_END;
        String broken = ConversionMarks.RULES_START + "x";
        assertThat(s.convert("a" + unknown + "b" + broken + "c")).isEqualTo("abxc");
    }

    /** A page: text, page rules (add, remove, variant filters) and the two blocks, in random order. */
    private static String page(Random random, List<String> groupA, List<String> groupB, boolean tokens) {
        List<String> parts = new ArrayList<>();
        parts.add(RuleBlock.of(groupA).token());
        parts.add(RuleBlock.of(groupB).token());
        for (int i = 0; i < 4; i++) {
            parts.add(text(random));
        }
        parts.add("-{H|" + rules(random, 1).get(0) + "}-");
        if (random.nextBoolean()) {
            parts.add("-{-|" + rules(random, 1).get(0) + "}-");
        }
        if (random.nextBoolean()) {
            parts.add("-{zh-hans;zh-hant|" + text(random) + "}-");
        }
        if (random.nextInt(4) == 0) {
            parts.add("-{A|" + text(random) + RuleBlock.of(groupB).token() + "}-");
        }
        java.util.Collections.shuffle(parts, random);
        return String.join("", parts) + text(random);
    }

    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static List<String> rules(Random random, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            out.add(random.nextInt(3) == 0
                    ? w + "=>zh-tw:T" + i + random.nextInt(9) + ";"
                    : "zh-cn:" + w + ";zh-tw:W" + i + random.nextInt(9) + ";zh-hk:H" + i + ";");
        }
        return out;
    }

    private static String expand(String text, List<String> groupA, List<String> groupB) {
        return text.replace(RuleBlock.of(groupA).token(), markup(groupA)).replace(RuleBlock.of(groupB).token(), markup(groupB));
    }

    private static String markup(List<String> rules) {
        StringBuilder sb = new StringBuilder();
        rules.forEach(r -> sb.append("-{H|").append(r).append("}-"));
        return sb.toString();
    }
}
