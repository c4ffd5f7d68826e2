package org.wikirefine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wikirefine.Article;
import org.wikirefine.TemplateCall;
import org.wikirefine.Variant;
import org.wikirefine.WikiRefiner;

/** A wiki's own support pages (read from its dump) reach the template and conversion stages. */
class SiteDataTest {

    @Test
    void templateRedirectUsesTheTargetsRule() {
        String wikitext = "{{My nowrap alias|甲乙}}丙";
        Article plain = WikiRefiner.builder().build().parse(wikitext, "T");
        assertThat(plain.templates()).extracting(TemplateCall::handled).containsExactly(false);
        Article withRedirect = WikiRefiner.builder().templateRedirects(Map.of("Template:My nowrap alias", "Template:Nowrap"))
                .build().parse(wikitext, "T");
        assertThat(withRedirect.templates()).extracting(TemplateCall::handled).containsExactly(true);
        assertThat(withRedirect.text(Variant.ZH).strip()).isEqualTo("甲乙丙");
    }

    @Test
    void dumpConversionGroupReplacesTheBundledOne() {
        // A Template:CGroup page in the wikitext form zh.wikipedia used before Module:CGroup: {{CItemHidden|…}} items.
        String group = "{{CGroupH|name=WikirefineTest}}\n{{CItemHidden|original=|1=zh-cn:甲甲;zh-tw:乙乙;}}";
        WikiRefiner refiner = WikiRefiner.builder().conversionGroupPages(Map.of("Template:CGroup/WikirefineTest", group)).build();
        Article a = refiner.parse("{{NoteTA|G1=WikirefineTest}}\n甲甲", "T");
        assertThat(a.text(Variant.ZH_TW).strip()).isEqualTo("乙乙");
        assertThat(WikiRefiner.builder().build().parse("{{NoteTA|G1=WikirefineTest}}\n甲甲", "T").text(Variant.ZH_TW).strip())
                .isEqualTo("甲甲");
    }

    @Test
    void dumpConversionTableAppliesToItsVariant() {
        WikiRefiner refiner = WikiRefiner.builder()
                .conversionTablePages(Map.of("MediaWiki:Conversiontable/zh-tw", "-{ 老鼠 => 耗子 ; }-")).build();
        assertThat(refiner.parse("老鼠", "T").text(Variant.ZH_TW).strip()).isEqualTo("耗子");
        assertThat(refiner.parse("老鼠", "T").text(Variant.ZH_HK).strip()).isEqualTo("老鼠");
    }
}
