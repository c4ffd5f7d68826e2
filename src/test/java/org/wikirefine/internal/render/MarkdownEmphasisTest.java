package org.wikirefine.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wikirefine.Article;
import org.wikirefine.Format;
import org.wikirefine.ParserEngine;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;

/**
 * Bold and italic: Markdown shows them as CommonMark emphasis (checked with a real CommonMark renderer), text and
 * JSON show the words alone; both parser engines give the same. Expected HTML is what CommonMark must make of
 * MediaWiki's {@code <b>}/{@code <i>} for the wikitext (MediaWiki's doQuotes, read by hand).
 */
class MarkdownEmphasisTest {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private static Article parse(ParserEngine engine, WikiProfile profile, String wikitext) {
        return WikiRefiner.builder().profile(profile).parser(engine).build().parse(wikitext, "Test");
    }

    /** The HTML CommonMark makes of the Markdown body (front matter and title left out). */
    private static String html(Article a, Variant v) {
        String md = a.render(v, Format.MARKDOWN);
        String body = md.substring(md.indexOf("\n# Test\n") + "\n# Test\n".length());
        return HTML.render(MARKDOWN.parse(body)).strip();
    }

    private static String html(ParserEngine engine, String wikitext) {
        return html(parse(engine, WikiProfile.ENWIKI, wikitext), Variant.ZH);
    }

    @ParameterizedTest
    @EnumSource(ParserEngine.class)
    void boldAndItalicAreCommonMarkEmphasis(ParserEngine engine) {
        assertThat(html(engine, "'''Aleppo''' is a ''city''.")).isEqualTo("<p><strong>Aleppo</strong> is a <em>city</em>.</p>");
        assertThat(html(engine, "'''''both''''' and <b>b</b> <strong>s</strong> <i>i</i> <em>e</em>"))
                .isEqualTo("<p><em><strong>both</strong></em> and <strong>b</strong> <strong>s</strong> <em>i</em> <em>e</em></p>");
        // doQuotes: odd bold and odd italic counts read "l'''" as an apostrophe and italics
        assertThat(html(engine, "''a'' l'''amour''")).isEqualTo("<p><em>a</em> l'<em>amour</em></p>");
        // an unclosed run ends at the end of its line
        assertThat(html(engine, "''open\n\nnext")).isEqualTo("<p><em>open</em></p>\n<p>next</p>");
    }

    @ParameterizedTest
    @EnumSource(ParserEngine.class)
    void emphasisNextToPunctuationAndInsideWords(ParserEngine engine) {
        // CJK text has no spaces: "*" delimiters work inside words, "_" would not
        assertThat(html(engine, "阿勒颇是'''叙利亚'''的城市")).isEqualTo("<p>阿勒颇是<strong>叙利亚</strong>的城市</p>");
        // punctuation on the outer side of the content: fine where a space or punctuation is outside
        assertThat(html(engine, "'''《哈利波特》'''（英语）")).isEqualTo("<p><strong>《哈利波特》</strong>（英语）</p>");
        // "**" between a letter and punctuation cannot open: the emphasis is dropped, never shown as asterisks
        assertThat(html(engine, "是'''《书》'''的")).isEqualTo("<p>是《书》的</p>");
        // spaces at the edges move outside the delimiters
        assertThat(html(engine, "a''' b ''' c")).isEqualTo("<p>a <strong>b</strong> c</p>");
        // two bold texts side by side are one; literal asterisks stay escaped
        assertThat(html(engine, "'''a'''<b>b</b> 2*3*4")).isEqualTo("<p><strong>ab</strong> 2*3*4</p>");
    }

    @ParameterizedTest
    @EnumSource(ParserEngine.class)
    void emphasisInLinksHeadingsListsAndTables(ParserEngine engine) {
        assertThat(html(engine, "[http://x.org/a ''label''] and ''[[Page|link]]''"))
                .isEqualTo("<p><a href=\"http://x.org/a\"><em>label</em></a> and <em>link</em></p>");
        assertThat(html(engine, "== ''Title'' ==\ntext")).isEqualTo("<h2><em>Title</em></h2>\n<p>text</p>");
        assertThat(html(engine, "* '''item''' one")).isEqualTo("<ul>\n<li><strong>item</strong> one</li>\n</ul>");
        // a term is bold as a whole; bold inside it merges into the term's bold
        assertThat(html(engine, "; ''term'' word")).isEqualTo("<ul>\n<li><strong><em>term</em> word</strong></li>\n</ul>");
        assertThat(html(engine, "{|\n|-\n| '''a''' || b\n|}")).contains("<td><strong>a</strong></td>");
    }

    /** What CommonMark shows of a text with emphasis marks, as text (tags removed). */
    private static String shown(String marked) {
        return HTML.render(MARKDOWN.parse(EmphasisMarks.delimiters(marked))).replaceAll("<[^>]+>", "").strip();
    }

    @org.junit.jupiter.api.Test
    void manyOrDeeplyNestedEmphasesNeverLeaveAsterisks() {
        String bad = "a" + EmphasisMarks.BOLD + "《x》" + EmphasisMarks.END + "b";
        assertThat(shown(bad.repeat(40))).isEqualTo("a《x》b".repeat(40));
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            deep.append(i % 2 == 0 ? EmphasisMarks.ITALIC : EmphasisMarks.BOLD).append(i % 7 == 0 ? "《" : "x");
        }
        for (int i = 0; i < 3000; i++) {
            deep.append(i % 5 == 0 ? "》" : "y").append(EmphasisMarks.END);
        }
        assertThat(shown(deep.toString())).doesNotContain("*");
    }

    @ParameterizedTest
    @EnumSource(ParserEngine.class)
    void textAndJsonShowTheWordsAlone(ParserEngine engine) {
        Article a = parse(engine, WikiProfile.ENWIKI, "'''Aleppo''' is a ''city''.");
        assertThat(a.render(Variant.ZH, Format.TEXT).strip()).isEqualTo("Aleppo is a city.");
        assertThat(a.render(Variant.ZH, Format.JSON)).contains("\"text\":\"Aleppo is a city.\"");
    }

    @ParameterizedTest
    @EnumSource(ParserEngine.class)
    void emphasisContentIsConverted(ParserEngine engine) {
        Article a = parse(engine, WikiProfile.ZHWIKI, "'''計算機'''與''軟體''");
        assertThat(html(a, Variant.ZH_HANS)).isEqualTo("<p><strong>计算机</strong>与<em>软体</em></p>");
        assertThat(a.render(Variant.ZH_HANS, Format.TEXT).strip()).isEqualTo("计算机与软体");
    }
}
