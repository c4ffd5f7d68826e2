package org.wikirefine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wikirefine.BaseConversion;
import org.wikirefine.Variant;

/**
 * MediaWiki:Conversiontable/zh-* pages. Expected values checked with MediaWiki 1.39 (the oracle), with the page
 * below saved as MediaWiki:Conversiontable/zh-tw and the text "软件 甲乙 网络 软件包" rendered: zh-tw
 * "軟件甲 甲乙 網路 軟件甲包", zh-hk "軟件 甲乙 網絡 軟件包".
 */
class SiteConversionTablesTest {

    static final String PAGE = "本页是转换表。\n-{\n软件 => 軟件甲 ; // 注释\n\"甲乙\" => 丙丁;\n*网络=>網路\n}-\n";

    @Test
    void parsesLikeMediaWiki() {
        // the "//" comment only ends a value; here it sits before the next key, which then never matches
        assertThat(SiteConversionTables.parse(PAGE)).containsExactly(
                Map.entry("软件", "軟件甲"), Map.entry("// 注释\n甲乙", "丙丁"), Map.entry("网络", "網路"));
        assertThat(SiteConversionTables.parse("no blocks => here")).isEmpty();
        assertThat(SiteConversionTables.parse("-{ a => b => c ; d => e }-")).containsExactly(Map.entry("d", "e"));
    }

    @Test
    void pagesLayerOverTheBase() {
        SiteConversionTables site = SiteConversionTables.of(Map.of(Variant.ZH_TW, PAGE));
        ZhVariantConverter vc = ZhVariantConverter.create(BaseConversion.openCc(), RuleErrorPolicy.FIRST_VALUE_CONVERTED, site);
        assertThat(vc.open(Variant.ZH_TW, false, false).convert("软件 甲乙 网络 软件包")).isEqualTo("軟件甲 甲乙 網路 軟件甲包");
        assertThat(vc.open(Variant.ZH_HK, false, false).convert("软件 甲乙 网络 软件包")).isEqualTo("軟件 甲乙 網絡 軟件包");
        // page rules still win over site pairs
        assertThat(vc.open(Variant.ZH_TW, false, false).convert("-{H|zh-cn:软件;zh-tw:軟體;}-软件")).isEqualTo("軟體");
        // a converter without site tables is unaffected (tables are cached per base and site)
        assertThat(ZhVariantConverter.create(BaseConversion.openCc()).open(Variant.ZH_TW, false, false).convert("软件"))
                .isEqualTo("軟體");
    }
}
