package org.wikirefine.internal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.wikirefine.BaseConversion;
import org.wikirefine.Diagnostic;
import org.wikirefine.Page;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WorkLimitExceededException;
import org.wikirefine.internal.article.ArticleBuilder;
import org.wikirefine.internal.convert.ConversionSession;
import org.wikirefine.internal.convert.ZhVariantConverter;
import org.wikirefine.internal.model.ArticleModel;
import org.wikirefine.internal.parse.SwebleParser;

/**
 * The conversion and rendering pass counts its work per segment (characters converted and produced, rules applied)
 * against the page's rendering budget: an ordinary page stays far inside it, and a session that applies rules
 * without end is refused the same way every time, not after some amount of time. (The hostile pages of
 * {@code fixtures/findings/perf/}, 3,000 noteTA calls included, render inside it: FindingsReplayTest.)
 */
class RenderWorkBudgetTest {

    private static final ZhVariantConverter CONVERTER = ZhVariantConverter.create(BaseConversion.openCc());

    private static ArticleModel model(String wikitext) throws Exception {
        return new ArticleBuilder(Page.of("Test", wikitext), WikiProfile.ZHWIKI,
                SwebleParser.forProfile(WikiProfile.ZHWIKI), name -> Optional.empty()).build();
    }

    @Test
    void anOrdinaryPageRendersWithinItsBudget() throws Exception {
        ArticleModel m = model("-{H|zh-hans:计算机;zh-tw:電腦;}-'''计算机'''是一种设备。\n\n== 历史 ==\n计算机很早就有了。");
        RenderedArticle r = RenderPass.render(m, Variant.ZH_TW, CONVERTER.open(Variant.ZH_TW, false, false));
        assertThat(r.body().toString()).contains("電腦");
    }

    @Test
    void aRenderingThatAppliesRulesWithoutEndIsRefusedDeterministically() throws Exception {
        ArticleModel m = model("第一段。\n\n第二段。\n\n第三段。");
        String first = refusal(m);
        assertThat(first).contains("rendering one variant of the page needed more than");
        assertThat(refusal(m)).isEqualTo(first);
    }

    private static String refusal(ArticleModel m) {
        ConversionSession runaway = new RunawaySession(CONVERTER.open(Variant.ZH_HANS, false, false));
        Throwable t = catchThrowable(() -> RenderPass.render(m, Variant.ZH_HANS, runaway));
        assertThat(t).isInstanceOf(WorkLimitExceededException.class);
        return t.getMessage();
    }

    /** A session that reports a million rules applied per segment, as a conversion that kept adding rules would. */
    private static final class RunawaySession implements ConversionSession {
        private final ConversionSession real;
        private int rules;

        RunawaySession(ConversionSession real) {
            this.real = real;
        }

        @Override
        public String convert(String segment) {
            rules += 1_000_000;
            return real.convert(segment);
        }

        @Override
        public String title(String sourceTitle, String displayTitle) {
            return real.title(sourceTitle, displayTitle);
        }

        @Override
        public int rulesApplied() {
            return rules;
        }

        @Override
        public List<Diagnostic> diagnostics() {
            return real.diagnostics();
        }
    }
}
