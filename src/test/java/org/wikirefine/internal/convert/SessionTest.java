package org.wikirefine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wikirefine.BaseConversion;
import org.wikirefine.Converter;
import org.wikirefine.Diagnostic;
import org.wikirefine.Variant;

/**
 * Session behaviours beyond the parser tests. Expected values come from the MediaWiki 1.39 oracle (marked
 * "oracle") or from the decisions documented in docs/conversion.md (marked "policy").
 */
class SessionTest {

    static final ZhVariantConverter VC = ZhVariantConverter.create(BaseConversion.openCc());
    static final char S0 = ConversionMarks.STRIP_START;
    static final char S1 = ConversionMarks.STRIP_END;
    static final char C0 = ConversionMarks.CODE_START;
    static final char C1 = ConversionMarks.CODE_END;

    @Test
    void rulesCarryOverToLaterSegmentsAndTheTitle() {
        // oracle: the rule converts text after it, in any later block, and the page title
        ConversionSession s = VC.open(Variant.ZH_TW, false, false);
        assertThat(s.convert("阿勒颇")).isEqualTo("阿勒頗");
        assertThat(s.convert("-{H|zh-hans:阿勒颇;zh-hant:阿勒坡;zh-hk:阿勒頗;}-")).isEmpty();
        assertThat(s.convert("阿勒颇战役")).isEqualTo("阿勒坡戰役");
        assertThat(s.title("阿勒颇战役", null)).isEqualTo("阿勒坡戰役");
    }

    @Test
    void aRuleWhoseKeyStartsNoOtherKeyAppliesAfterTextWasConverted() {
        // policy (strtr): the session skips positions where no table has a key; a rule met after some text was
        // converted adds its first unit to that set. Greek letters start no key of the base tables.
        ConversionSession s = VC.open(Variant.ZH_TW, false, false);
        assertThat(s.convert("-{H|zh-cn:软件;zh-tw:軟體;}-软件Ω")).isEqualTo("軟體Ω");
        assertThat(s.convert("-{H|zh-cn:Ω;zh-tw:Ψ;}-Ω软件")).isEqualTo("Ψ軟體");
        assertThat(s.convert("ΩΩ")).isEqualTo("ΨΨ");

        ConversionSession layered = VC.open(Variant.ZH_TW, false, false);
        String first = java.util.Objects.requireNonNull(RuleBlock.of(java.util.List.of("zh-cn:软件;zh-tw:軟體;"))).token();
        String second = java.util.Objects.requireNonNull(RuleBlock.of(java.util.List.of("zh-cn:Φ;zh-tw:Ψ;"))).token();
        assertThat(layered.convert(first + "软件Φ")).isEqualTo("軟體Φ");
        assertThat(layered.convert(second + "Φ软件")).isEqualTo("Ψ軟體");
    }

    @Test
    void errorPolicies() {
        // oracle: MediaWiki shows its message; policy: the default shows the first value converted
        String rule = "-{zh-cn:软件}-";
        ConversionSession lenient = VC.open(Variant.ZH_TW, false, false);
        assertThat(lenient.convert(rule)).isEqualTo("軟體");
        assertThat(lenient.diagnostics()).extracting(Diagnostic::code).containsExactly("CONVERSION_RULE_ERROR");
        assertThat(ZhVariantConverter.create(BaseConversion.openCc(), RuleErrorPolicy.MEDIAWIKI_MESSAGE)
                .open(Variant.ZH_TW, false, false).convert(rule)).isEqualTo("在手动字词转换规则中检测到错误");
        assertThat(ZhVariantConverter.create(BaseConversion.openCc(), RuleErrorPolicy.EMPTY)
                .open(Variant.ZH_TW, false, false).convert("a" + rule + "b")).isEqualTo("ab");
        // no error where a fallback exists
        ConversionSession cn = VC.open(Variant.ZH_SG, false, false);
        assertThat(cn.convert(rule)).isEqualTo("软件");
        assertThat(cn.diagnostics()).isEmpty();
    }

    @Test
    void depthLimitKeepsDeeperMarkupAsText() {
        // oracle: 12 nested -{ show "-{" + warning + "-{深}-}-" in MediaWiki; we drop the warning text by default
        String text = "-{".repeat(12) + "深" + "}-".repeat(12);
        ConversionSession s = VC.open(Variant.ZH_TW, false, false);
        assertThat(s.convert(text)).isEqualTo("-{-{深}-}-");
        assertThat(s.diagnostics()).extracting(Diagnostic::code).contains("CONVERSION_DEPTH_LIMIT");
        assertThat(ZhVariantConverter.create(BaseConversion.openCc(), RuleErrorPolicy.MEDIAWIKI_MESSAGE)
                .open(Variant.ZH_TW, false, false).convert(text)).isEqualTo("-{字词转换器深度越限（10）-{深}-}-");
    }

    @Test
    void noContentConvertResolvesMarkupButConvertsNothing() {
        // policy (docs/conversion.md): no markup in output; MediaWiki would print the markup literally
        ConversionSession s = VC.open(Variant.ZH_TW, true, false);
        assertThat(s.convert("-{zh-cn:甲;zh-tw:乙}- 软件 -{H|zh-cn:软件;zh-tw:软体}-软件")).isEqualTo("乙 软件 软件");
        assertThat(s.title("软件", null)).isEqualTo("软件");
    }

    @Test
    void titles() {
        ConversionSession s = VC.open(Variant.ZH_TW, false, true);
        s.convert("-{T|zh-cn:甲;zh-tw:乙}-");
        assertThat(s.title("软件", null)).isEqualTo("软件");  // __NOTC__
        ConversionSession d = VC.open(Variant.ZH_TW, false, false);
        d.convert("-{T|zh-cn:甲;zh-tw:乙}-");
        assertThat(d.title("软件", "-{zh-cn:X}- 显示")).isEqualTo("-{zh-cn:X}- 显示");  // DISPLAYTITLE unconverted
        assertThat(d.title("软件", null)).isEqualTo("乙");
        assertThat(VC.open(Variant.ZH_TW, false, false).title("软件", null)).isEqualTo("軟體");
    }

    @Test
    void stripPlaceholdersAreOpaque() {
        ConversionSession s = VC.open(Variant.ZH_TW, false, false);
        s.convert("-{H|1=>zh-tw:X;}-");
        assertThat(s.convert("1" + S0 + "1-{软件}-" + S1 + "软件")).isEqualTo("X" + S0 + "1-{软件}-" + S1 + "軟體");
    }

    @Test
    void codeMarksSkipWholeCodeSpansOnly() {
        ConversionSession s = VC.open(Variant.ZH_HANT, false, false);
        assertThat(s.convert("气" + C0 + "气" + C1 + "气")).isEqualTo("氣气氣");
        // langParserTests2 "Force convert" of <code>: markup splitting the element lets its text convert
        assertThat(s.convert(C0 + "氣-{}-气" + C1)).isEqualTo("氣氣");
        // markup inside a code span is still resolved
        assertThat(s.convert(C0 + "-{zh-hans:甲;zh-hant:乙}-气" + C1)).isEqualTo("乙氣");
    }

    @Test
    void quotes() {
        // oracle: “” ↔ 「」 by variant
        assertThat(VC.open(Variant.ZH_TW, false, false).convert("“引号”‘单’")).isEqualTo("「引號」『單』");
        assertThat(VC.open(Variant.ZH_CN, false, false).convert("「引號」『單』")).isEqualTo("“引号”‘单’");
        assertThat(VC.open(Variant.ZH, false, false).convert("“引号”「引號」")).isEqualTo("“引号”「引號」");
    }

    @Test
    void publicConverter() {
        Converter c = Converter.create(BaseConversion.openCc());
        assertThat(c.convert("软件", Variant.ZH_TW)).isEqualTo("軟體");
        assertThat(c.convert("-{H|zh-cn:软件;zh-tw:軟件;}-软件", Variant.ZH_TW)).isEqualTo("軟件");
        assertThat(c.convert("软件", Variant.ZH_TW)).isEqualTo("軟體");  // rules do not leak between calls
    }

    @Test
    void openIsCheap() {
        VC.preload(Variant.ZH_TW);
        long t0 = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            VC.open(Variant.ZH_TW, false, false).convert("软件");
        }
        long perOpenMicros = (System.nanoTime() - t0) / 10_000 / 1000;
        assertThat(perOpenMicros).as("µs per open+convert").isLessThan(1_000);  // generous: the build machine is shared
    }
}
