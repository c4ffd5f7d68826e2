package org.wikirefine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.wikirefine.Diagnostic;
import org.wikirefine.Page;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.article.ArticleBuilder;
import org.wikirefine.internal.model.ArticleModel;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.model.RefUse;
import org.wikirefine.internal.parse.SwebleParser;
import org.wikirefine.internal.render.RenderPass;
import org.wikirefine.internal.render.RenderedArticle;
import org.wikirefine.internal.template.TemplateHandler;
import org.wikirefine.internal.template.TemplateRegistry;

/**
 * The reference side of the template contract ({@code TemplateContext.cite} and {@code referenceList}), with
 * minimal test-only stand-ins for {@code {{efn}}}, {@code {{notelist}}} and {@code {{reflist}}} that do exactly what
 * their wiki templates do with Cite ({@code {{#tag:ref|…|group=lower-alpha}}}, {@code <references group=… >refs
 * </references>}). The real handlers belong to the template rules; this checks that what they call numbers,
 * defines and places references as Cite does.
 */
class RefTemplateContractTest {

    /** {{efn|text|name=}} is {{#tag:ref|text|name=|group=lower-alpha}} on en/zh Wikipedia. */
    private static final TemplateHandler EFN = (call, ctx) -> {
        RefUse use = ctx.cite("lower-alpha", call.parameter("name").orElse(null), call.parameter("1").orElse(null));
        if (use != null) {
            ctx.emit(List.of(new Inline.RefMarker(use)));
        }
    };
    private static final TemplateHandler NOTELIST = (call, ctx) ->
            ctx.referenceList("lower-alpha", call.parameter("refs").orElse(null));
    private static final TemplateHandler REFLIST = (call, ctx) ->
            ctx.referenceList(call.parameter("group").orElse(""), call.parameter("refs").orElse(null));

    private static final TemplateRegistry REGISTRY = name -> Optional.ofNullable(Map.of(
            "Efn", EFN, "Notelist", NOTELIST, "Reflist", REFLIST).get(name));

    private static RenderedArticle render(String wikitext) throws Exception {
        ArticleBuilder b = new ArticleBuilder(Page.of("Test", wikitext), WikiProfile.ZHWIKI,
                SwebleParser.forProfile(WikiProfile.ZHWIKI), REGISTRY);
        ArticleModel model = b.build();
        return RenderPass.render(model, Variant.ZH, org.wikirefine.internal.convert.ZhVariantConverter.create(org.wikirefine.BaseConversion.openCc()).open(Variant.ZH, false, false));
    }

    private static List<String> list(RenderedArticle a) {
        List<String> out = new ArrayList<>();
        for (RenderedArticle.RenderedReference r : a.renderedReferences()) {
            out.add(r.list() + "|" + r.label() + "|" + r.text() + "|" + r.uses());
        }
        return out;
    }

    @Test
    void efnNotesAreNumberedInTheirGroupAndListedByNotelist() throws Exception {
        RenderedArticle a = render("a{{efn|note A}} b{{efn|note B|name=x}} c{{efn|name=x}} d<ref>source</ref>\n\n"
                + "{{notelist}}\n\n{{reflist}}");
        assertThat(list(a)).containsExactly("0|a|note A|1", "0|b|note B|2", "1|1|source|1");
    }

    @Test
    void listDefinedRefsFromReflistRefs() throws Exception {
        RenderedArticle a = render("x<ref name=\"r1\"/> y<ref name=\"r2\"/>\n\n"
                + "{{reflist|refs=<ref name=\"r2\">Second</ref>\n<ref name=\"r1\">First</ref>}}");
        assertThat(list(a)).containsExactly("0|1|First|1", "0|2|Second|1");
    }

    @Test
    void aTemplateRefInsideAListBodyIsADefinitionNotAUse() throws Exception {
        RenderedArticle a = render("a{{efn|name=n}}\n\n{{notelist|refs={{efn|name=n|Note N}}}}");
        assertThat(list(a)).containsExactly("0|a|Note N|1");
        assertThat(a.model().diagnostics()).extracting(Diagnostic::code).doesNotContain("REF_UNDEFINED");
    }

    @Test
    void refsAfterAReflistGoToTheAutomaticListAtTheEnd() throws Exception {
        RenderedArticle a = render("a<ref>one</ref>\n\n{{reflist}}\n\nb<ref>two</ref>");
        assertThat(list(a)).containsExactly("0|1|one|1", "1|1|two|1");
        assertThat(a.model().referenceLists().get(1).automatic()).isTrue();
    }
}
