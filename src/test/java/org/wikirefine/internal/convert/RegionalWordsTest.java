package org.wikirefine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wikirefine.BaseConversion;
import org.wikirefine.Variant;

/**
 * The regional vocabulary routes of the bundled base (docs/conversion.md §3.4): Taiwan words read backwards into
 * zh-cn only through keys Simplified text cannot contain, cn-traditional-words.tsv, tw-words.tsv and the folding of
 * Taiwan words into longer phrases. Expected outputs were checked with MediaWiki 1.39 (src/tools/mw_translate.php)
 * except where a comment says we deliberately differ.
 */
class RegionalWordsTest {

    private static String base(Variant v, String text) {
        StringBuilder sb = new StringBuilder();
        ZhConversionSession.translateForTools(text, BaseTables.of(BaseConversion.openCc()).table(v), sb);
        return sb.toString();
    }

    @Test
    void traditionalOnlyCharactersAreThoseSimplifiedTextNeverUses() {
        TraditionalOnly t = new BaseTables.OpenCcSource().traditionalOnly();
        for (String c : List.of("帳", "號", "攜", "體", "設", "網")) {
            assertThat(t.anyIn(c)).as(c).isTrue();
        }
        // 著/乾 are written by t2s (著名, 乾隆); 后/台/程/式/帐 are Simplified characters
        for (String c : List.of("著", "乾", "后", "台", "程", "式", "帐", "a", "。")) {
            assertThat(t.anyIn(c)).as(c).isFalse();
        }
    }

    @Test
    void everyMainlandEntryAddedForTraditionalTextHasATraditionalOnlyKey() {
        // both routes on, the measured-off one included, so that switching it on again keeps the guarantee
        BaseTables.OpenCcSource off = new BaseTables.OpenCcSource();
        off.twWordsForCn = false;
        off.cnTraditionalWords = false;
        Map<String, String> without = off.build(BaseTables.Group.CN);
        BaseTables.OpenCcSource on = new BaseTables.OpenCcSource();
        on.twWordsForCn = true;
        on.cnTraditionalWords = true;
        Map<String, String> with = on.build(BaseTables.Group.CN);
        TraditionalOnly traditional = on.traditionalOnly();
        List<String> touchingSimplified = new ArrayList<>();
        int added = 0;
        for (Map.Entry<String, String> e : with.entrySet()) {
            if (!e.getValue().equals(without.get(e.getKey()))) {
                added++;
                if (!traditional.anyIn(e.getKey()) || traditional.anyIn(e.getValue())) {
                    touchingSimplified.add(e.getKey() + " → " + e.getValue());
                }
            }
        }
        assertThat(added).isGreaterThan(50);
        assertThat(touchingSimplified).isEmpty();
    }

    @Test
    void accountWordsTakeTheMainlandAccountCharacter() {
        assertThat(base(Variant.ZH_CN, "帳號")).isEqualTo("账号");
        assertThat(base(Variant.ZH_SG, "銀行帳戶")).isEqualTo("银行账户");
        assertThat(base(Variant.ZH_CN, "帳篷")).isEqualTo("帐篷");
        assertThat(base(Variant.ZH_CN, "蚊帳")).isEqualTo("蚊帐");
        // MediaWiki writes 进入账篷 here (its 入帳 entry); we leave such words out on purpose
        assertThat(base(Variant.ZH_CN, "進入帳篷")).isEqualTo("进入帐篷");
        // Simplified input stays as it is
        assertThat(base(Variant.ZH_CN, "账号和帐篷")).isEqualTo("账号和帐篷");
    }

    @Test
    void theParticleAfterATraditionalVerbTakesTheSimplifiedParticle() {
        assertThat(base(Variant.ZH_CN, "隨著時間")).isEqualTo("随着时间");
        assertThat(base(Variant.ZH_CN, "顯著")).isEqualTo("显著");
        // Simplified 著 stays (MediaWiki: 随著, 著有)
        assertThat(base(Variant.ZH_CN, "随著")).isEqualTo("随著");
        assertThat(base(Variant.ZH_CN, "他著有三本书")).isEqualTo("他著有三本书");
        // verbs spelt alike in both scripts: MediaWiki rewrites them in Simplified input too, but not before 著名/著作
        assertThat(base(Variant.ZH_CN, "这意味著电子有著波动性")).isEqualTo("这意味着电子有着波动性");
        assertThat(base(Variant.ZH_CN, "拥有著名的代表著作")).isEqualTo("拥有著名的代表著作");
        assertThat(base(Variant.ZH_CN, "等著")).isEqualTo("等著");
        assertThat(base(Variant.ZH_HANS, "有著")).isEqualTo("有著");
    }

    @Test
    void variantWordsTakeTheMainlandSpellingInEitherScript() {
        assertThat(base(Variant.ZH_CN, "大部份")).isEqualTo("大部分");
        assertThat(base(Variant.ZH_MY, "成份")).isEqualTo("成分");
        // MediaWiki cuts the word here (全部分额); we keep it on purpose
        assertThat(base(Variant.ZH_CN, "全部份额")).isEqualTo("全部份额");
        assertThat(base(Variant.ZH_HANS, "部份")).isEqualTo("部份");
    }

    @Test
    void taiwanWordsFromTheListAndFoldedIntoLongerPhrases() {
        assertThat(base(Variant.ZH_TW, "报道")).isEqualTo("報導");
        assertThat(base(Variant.ZH_TW, "据报道")).isEqualTo("據報導");
        assertThat(base(Variant.ZH_TW, "特别报道")).isEqualTo("特別報導");
        assertThat(base(Variant.ZH_TW, "导弹系统")).isEqualTo("飛彈系統");
        assertThat(base(Variant.ZH_TW, "集装箱")).isEqualTo("貨櫃");
        // MediaWiki's zh-tw leaves the Traditional spellings alone
        assertThat(base(Variant.ZH_TW, "據報道，導彈")).isEqualTo("據報道，導彈");
        // not a zh-hk or zh-hant word
        assertThat(base(Variant.ZH_HK, "据报道")).isEqualTo("據報道");
        assertThat(base(Variant.ZH_HANT, "导弹")).isEqualTo("導彈");
    }

    @Test
    void foldingRewritesEveryLongerValueButNotTheWordItself() {
        Map<String, String> table = new HashMap<>(Map.of("据报道", "據報道", "报道", "報道", "x", "報", "特别报道员", "特別報道員"));
        PhraseFolding.rewriteValues(table, Map.of("報道", "報導", "同", "同"));
        assertThat(table).containsEntry("据报道", "據報導").containsEntry("特别报道员", "特別報導員")
                .containsEntry("报道", "報道").containsEntry("x", "報");
    }
}
