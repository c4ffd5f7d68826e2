package org.wikirefine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wikirefine.Diagnostic;
import org.wikirefine.TemplateCall;

/** Module:NoteTA's output order and parameter handling (conversion-semantics.md 2.1). */
class NoteTaHandlerTest {

    static final CGroupLibrary LIB = CGroupLibrary.of(List.of(
            new CGroup("A", "A", "", "", List.of("zh-cn:a1;zh-tw:A1;", "zh-cn:a2;zh-tw:A2;")),
            new CGroup("B", "B", "", "", List.of("zh-cn:b;zh-tw:B;"))));

    /** The token a group's rules are emitted as. */
    static String block(String group) {
        return RuleBlock.of(LIB.find(group).orElseThrow().rules()).token();
    }

    static TemplateCall call(String... kv) {
        List<TemplateCall.Parameter> ps = new java.util.ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            ps.add(new TemplateCall.Parameter(kv[i], kv[i + 1]));
        }
        return new TemplateCall("NoteTA", ps, 0, true);
    }

    @Test
    void orderIsTitleThenGroupsThenLocalRules() {
        MiniTemplates.FakeContext ctx = new MiniTemplates.FakeContext();
        new NoteTaHandler(LIB).handle(call("2", "zh-cn:y;zh-tw:Y;", "G2", "B", "1", "zh-cn:x;zh-tw:X;", "T", "zh-cn:t;zh-tw:T;", "G1", "A"), ctx);
        assertThat(ctx.out.toString()).isEqualTo("-{T|zh-cn:t;zh-tw:T;}-" + block("A") + block("B")
                + "-{H|zh-cn:x;zh-tw:X;}-" + "-{H|zh-cn:y;zh-tw:Y;}-");
        assertThat(ctx.diagnostics).isEmpty();
    }

    @Test
    void blankAndOutOfRangeParametersAndUnknownGroups() {
        MiniTemplates.FakeContext ctx = new MiniTemplates.FakeContext();
        new NoteTaHandler(LIB).handle(call("1", "  ", "31", "zh-cn:z;zh-tw:Z;", "G31", "A", "G3", "Nope", "30", "zh-cn:q;"), ctx);
        assertThat(ctx.out.toString()).isEqualTo("-{H|zh-cn:q;}-");
        assertThat(ctx.diagnostics).extracting(Diagnostic::code)
                .containsExactlyInAnyOrder("NOTETA_UNKNOWN_GROUP", "NOTETA_PARAM_IGNORED", "NOTETA_PARAM_IGNORED");
    }

    @Test
    void aRepeatedCallAddsEachRuleOncePerPage() {
        MiniTemplates.FakeContext ctx = new MiniTemplates.FakeContext();
        NoteTaHandler handler = new NoteTaHandler(LIB);
        handler.handle(call("G1", "A", "1", "zh-cn:x;zh-tw:X;"), ctx);
        handler.handle(call("G1", "A", "1", "zh-cn:x;zh-tw:X;", "2", "zh-cn:b;zh-tw:B;"), ctx);
        handler.handle(call("G1", "B"), ctx);
        // The second call adds only its new local rule; group B comes once, as a whole (re-adding b, as the
        // module's output would).
        assertThat(ctx.out.toString()).isEqualTo(block("A") + "-{H|zh-cn:x;zh-tw:X;}-" + "-{H|zh-cn:b;zh-tw:B;}-"
                + block("B"));
    }

    @Test
    void emptyCallEmitsNothing() {
        MiniTemplates.FakeContext ctx = new MiniTemplates.FakeContext();
        new NoteTaHandler(LIB).handle(call(), ctx);
        assertThat(ctx.out.toString()).isEmpty();
    }

    @Test
    void bundledGroupRulesReachTheConverter() {
        // zh.wikipedia Module:CGroup/IT: "zh-cn:人工智能; zh-sg:人工智慧; zh-tw:人工智慧; zh-hk:人工智能;"
        String markup = new NoteTaHandler().expand(call("G1", "IT"), null);
        ConversionSession s = ZhVariantConverter.create(org.wikirefine.BaseConversion.openCc())
                .open(org.wikirefine.Variant.ZH_SG, false, false);
        assertThat(s.convert(markup + "人工智能")).isEqualTo("人工智慧");
    }
}
