package org.wikirefine.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wikirefine.internal.model.InfoboxModel;

class InfoboxHandlerTest {

    static FakeContext run(String wikitext) {
        FakeContext ctx = new FakeContext(HandlersTest.ZH);
        ctx.run(wikitext);
        return ctx;
    }

    @Test
    void imagesDroppedCaptionsKept() {
        FakeContext ctx = run("{{Infobox person|name=甲|image=[[File:A.jpg|200px|说明]]|image_size=200px|logo=B.svg"
                + "|caption=照片|map=Some map name|alt=一张照片}}");
        InfoboxModel box = ctx.shared.infoboxes.get(0);
        assertThat(box.fields()).extracting(InfoboxModel.Field::key).containsExactly("name", "caption", "map", "alt");
    }

    @Test
    void zhAliasesMapToCanonicalKeysInSourceOrder() {
        FakeContext ctx = run("{{人物信息框|姓名=孙中山|出生日期=1866年|配偶=宋庆龄|别名=逸仙}}");
        InfoboxModel box = ctx.shared.infoboxes.get(0);
        assertThat(box.template()).isEqualTo("Infobox person");
        assertThat(box.fields()).extracting(InfoboxModel.Field::key).containsExactly("name", "birth_date", "spouse", "别名");
    }

    @Test
    void duplicatesKeepFirstPositionLastValue() {
        InfoboxModel box = run("{{Infobox thing|a=1|b=2|a=3}}").shared.infoboxes.get(0);
        assertThat(box.fields()).extracting(InfoboxModel.Field::key).containsExactly("a", "b");
        assertThat(FakeContext.render(box.fields().get(0).value())).isEqualTo("3");
    }

    @Test
    void embeddedInfoboxesComeAfterTheirParent() {
        FakeContext ctx = run("{{Infobox person|name=甲|module={{Infobox officeholder|office=市长}}|spouse=乙}}"
                + "{{Infobox settlement|name=丙|embed={{Infobox school|x=1}}}}");
        assertThat(ctx.shared.infoboxes).extracting(InfoboxModel::template)
                .containsExactly("Infobox person", "Infobox officeholder", "Infobox settlement", "Infobox school");
        assertThat(ctx.shared.infoboxes.get(0).fields()).extracting(InfoboxModel.Field::key).containsExactly("name", "spouse");
    }

    @Test
    void heuristicInfoboxKeepsRawKeys() {
        FakeContext ctx = run("{{Some box|名称=甲|人口=100}}");
        assertThat(ctx.shared.infoboxes).hasSize(1);
        assertThat(ctx.shared.infoboxes.get(0).template()).isEqualTo("Some box");
        assertThat(ctx.shared.infoboxes.get(0).fields()).extracting(InfoboxModel.Field::key).containsExactly("名称", "人口");
    }

    @Test
    void listValuesAreSeparateItems() {
        InfoboxModel box = run("{{Infobox company|products={{ubl|甲|乙}}|owners=丙<br/>丁|x=\n* 戊\n* 己}}").shared.infoboxes.get(0);
        assertThat(FakeContext.render(box.fields().get(0).value())).isEqualTo("甲\n乙");
        assertThat(FakeContext.render(box.fields().get(1).value())).isEqualTo("丙\n丁");
        assertThat(normalise(FakeContext.render(box.fields().get(2).value()))).isEqualTo("戊\n己");
    }

    /** Collapses spaces and drops blank lines: the fake context keeps the list markup's spacing. */
    private static String normalise(String s) {
        return java.util.stream.Stream.of(s.split("\n")).map(l -> l.replaceAll("[ \\t\\u00A0]+", " ").strip())
                .filter(l -> !l.isEmpty()).collect(java.util.stream.Collectors.joining("\n"));
    }
}
