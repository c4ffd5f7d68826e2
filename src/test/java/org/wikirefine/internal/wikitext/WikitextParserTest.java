package org.wikirefine.internal.wikitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** One construct per test; trees are shown in a compact bracket notation ({@link #show}). */
class WikitextParserTest {

    /** en/zh namespace facts, as small as the tests need. */
    static final SiteSyntax SYNTAX = new SiteSyntax() {
        private String prefix(String t) {
            int c = t.indexOf(':');
            return c < 0 ? "" : t.substring(0, c).trim().toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean isFile(String target) {
            return Set.of("file", "image", "文件").contains(prefix(target));
        }

        @Override
        public boolean isCategory(String target) {
            return Set.of("category", "分类").contains(prefix(target));
        }

        @Override
        public boolean isInterlanguage(String target) {
            return Set.of("en", "de").contains(prefix(target));
        }

        @Override
        public int behaviourSwitchEnd(String text, int from, int to) {
            for (String w : List.of("__NOTOC__", "__TOC__", "＿＿目次非表示＿＿")) {
                if (text.startsWith(w, from) && from + w.length() <= to) {
                    return from + w.length();
                }
            }
            return -1;
        }

        @Override
        public boolean isBlockImageOption(String option) {
            return option.equals("thumb");
        }

        @Override
        public boolean isImageOption(String option) {
            return Set.of("thumb", "right").contains(option) || option.endsWith("px");
        }
    };

    private static String parse(String wikitext) {
        return show(new WikitextParser(SYNTAX).parse(wikitext));
    }

    static String show(List<WikiNode> nodes) {
        StringBuilder sb = new StringBuilder();
        for (WikiNode n : nodes) {
            show(n, sb);
        }
        return sb.toString();
    }

    private static void show(WikiNode n, StringBuilder sb) {
        if (n instanceof WikiNode.Text t) {
            sb.append(t.text());
        } else if (n instanceof WikiNode.Template t) {
            sb.append("T(").append(t.rawName().trim());
            for (WikiNode.Argument a : t.args()) {
                sb.append('|');
                if (a.name() != null) {
                    sb.append(a.name()).append('=');
                }
                sb.append(show(a.value()));
            }
            sb.append(')');
        } else if (n instanceof WikiNode.ParameterRef p) {
            sb.append("P(").append(p.rawName()).append(p.defaultValue() == null ? "" : "|" + show(p.defaultValue()))
                    .append(')');
        } else if (n instanceof WikiNode.ExtensionTag e) {
            sb.append("X(").append(e.name()).append(e.body() == null ? "" : ":" + e.body()).append(')');
        } else if (n instanceof WikiNode.Heading h) {
            sb.append("H").append(h.level()).append('(').append(show(h.content())).append(')');
        } else if (n instanceof WikiNode.Paragraph p) {
            sb.append("P[").append(show(p.content())).append(']');
        } else if (n instanceof WikiNode.ListBlock l) {
            sb.append("L[");
            for (WikiNode.ListItem i : l.items()) {
                sb.append(i.kind()).append(show(i.content()));
                if (!i.children().isEmpty()) {
                    sb.append('{').append(show(i.children())).append('}');
                }
                sb.append(';');
            }
            sb.append(']');
        } else if (n instanceof WikiNode.Table t) {
            sb.append("TABLE[").append(show(t.caption()));
            for (WikiNode.TableRow r : t.rows()) {
                sb.append("/");
                for (WikiNode.TableCell c : r.cells()) {
                    sb.append(c.header() ? "!" : "|").append(show(c.content()));
                }
            }
            sb.append(']');
        } else if (n instanceof WikiNode.Preformatted p) {
            sb.append("PRE[");
            for (List<WikiNode> line : p.lines()) {
                sb.append(show(line)).append('/');
            }
            sb.append(']');
        } else if (n instanceof WikiNode.InternalLink l) {
            sb.append("[[").append(l.target());
            if (l.label() != null) {
                sb.append('|').append(show(l.label()));
            }
            if (l.options() != null) {
                for (List<WikiNode> o : l.options()) {
                    sb.append('|').append(show(o));
                }
            }
            sb.append("]]").append(l.trail().isEmpty() ? "" : "+" + l.trail());
        } else if (n instanceof WikiNode.ExternalLink l) {
            sb.append("E(").append(l.url()).append(l.label() == null ? "" : " " + show(l.label())).append(')');
        } else if (n instanceof WikiNode.HtmlElement e) {
            sb.append('<').append(e.name()).append('>').append(show(e.children())).append("</>");
        } else if (n instanceof WikiNode.BehaviourSwitch b) {
            sb.append("S(").append(b.word()).append(')');
        } else if (n instanceof WikiNode.HorizontalRule) {
            sb.append("HR");
        }
    }

    @Test
    void templateArgumentsSplitAtTopLevelPipesAndFirstEquals() {
        assertThat(parse("{{a|x|k = v=w|[[l|m]]|-{p|q}-}}")).isEqualTo("P[T(a|x|k=v=w|[[l|m]]|-{p|q}-)]");
    }

    @Test
    void templateValuesAreParsedOnceAsSubtrees() {
        List<WikiNode> page = Preprocessor.parse("{{a|b={{c|d}}}}");
        WikiNode.Template a = (WikiNode.Template) page.get(0);
        assertThat(a.args().get(0).rawValue()).isEqualTo("{{c|d}}");
        assertThat(a.args().get(0).value().get(0)).isInstanceOf(WikiNode.Template.class);
    }

    @Test
    void parameterWithDefaultAndFiveBraces() {
        assertThat(parse("{{{1|x}}}")).isEqualTo("P[P(1|x)]");
        assertThat(parse("{{{{{a}}}}}")).isEqualTo("P[T({{{a}}})]");
    }

    @Test
    void unclosedBracketsBecomeText() {
        assertThat(parse("{{a|b")).isEqualTo("P[{{a|b]");
        assertThat(parse("a}}b")).isEqualTo("P[a}}b]");
        assertThat(parse("{{a|-{b}}")).isEqualTo("P[{{a|-{b}}]");
    }

    @Test
    void extensionTagsKeepRawBodies() {
        assertThat(parse("a<ref name=x>{{b|c</ref>d<ref name=y/>")).isEqualTo("P[aX(ref:{{b|c)dX(ref)]");
        assertThat(parse("<REF>x</Ref >")).isEqualTo("P[X(ref:x)]");
    }

    /** MediaWiki 1.39 (oracle): "a </ref> b </nowiki> c <math> d <nowiki> e" shows exactly that text. */
    @Test
    void strayExtensionTagsAreText() {
        assertThat(parse("a<ref>unclosed")).isEqualTo("P[a<ref>unclosed]");
        assertThat(parse("a </ref> b <nowiki> c")).isEqualTo("P[a </ref> b <nowiki> c]");
        assertThat(parse("x <pre> y")).isEqualTo("P[x  y]");
    }

    @Test
    void commentsVanishAndAloneOnTheirLineTakeTheLine() {
        assertThat(parse("a<!-- x -->b")).isEqualTo("P[ab]");
        assertThat(parse("a\n<!-- x -->\nb")).isEqualTo("P[a\nb]");
    }

    @Test
    void includeonlyIsDroppedNoincludeTagsVanish() {
        assertThat(parse("a<includeonly>b</includeonly><noinclude>c</noinclude>")).isEqualTo("P[ac]");
    }

    @Test
    void headingsAndParagraphs() {
        assertThat(parse("== A ==\ntext\nmore\n\nnext")).isEqualTo("H2(A)P[text\nmore]P[next]");
        assertThat(parse("=== B ==")).isEqualTo("H2(= B)");
    }

    @Test
    void listsNestByPrefix() {
        assertThat(parse("* a\n** b\n* c\n# d")).isEqualTo("L[*a{L[*b;]};*c;]L[#d;]");
        assertThat(parse("; t : d\n: e")).isEqualTo("L[;t : d;:e;]");
    }

    @Test
    void tables() {
        assertThat(parse("{|\n|+ cap\n! h1 !! h2\n|-\n| a || style=\"x\" | b\n|\n* l\n|}"))
                .isEqualTo("TABLE[cap/!P[ h1 ]!P[ h2]/|P[ a ]|P[ b]|L[*l;]]");
        assertThat(parse("{|\n|a\n{|\n|b\n|}\n|}")).isEqualTo("TABLE[/|P[a]TABLE[/|P[b]]]");
    }

    @Test
    void preformattedLines() {
        assertThat(parse(" code\n more\ntext")).isEqualTo("PRE[code/more/]P[text]");
    }

    @Test
    void linksWithTrailsAndFiles() {
        assertThat(parse("[[a|b]]cd [[e]]s.")).isEqualTo("P[[[a|b]]+cd [[e]]+s.]");
        assertThat(parse("[[File:x.jpg|thumb|A [[b]] c]]")).isEqualTo("P[[[File:x.jpg|thumb|A [[b]] c]]]");
        assertThat(parse("[[a|b [[c]] d]]")).isEqualTo("P[[[a|b [[c]] d]]]");
    }

    @Test
    void externalLinks() {
        assertThat(parse("[http://x.org/a b c] [//y z] [nope]")).isEqualTo("P[E(http://x.org/a b c) E(//y z) [nope]]");
        // MediaWiki (oracle): <a ext>Who is who by </a><a>K</a> c — the external link ends where the internal one starts.
        assertThat(parse("[http://x by [[K]] c]")).isEqualTo("P[E(http://x by )[[K]] c]");
        assertThat(parse("[http://x [[K]]]")).isEqualTo("P[E(http://x [[K]])]");
    }

    @Test
    void bareUrlsAreLinksWithoutTheirTrailingPunctuation() {
        // MediaWiki's free links: not protocol-relative, not inside a word; ",;.:!?" and an unopened ")" end them
        assertThat(parse("See http://x.org/a, and (https://y.org/b).")).isEqualTo("P[See E(http://x.org/a), and (E(https://y.org/b)).]");
        assertThat(parse("xhttp://no //no mailto:")).isEqualTo("P[xhttp://no //no mailto:]");
        assertThat(parse("文字http://x.org/中")).isEqualTo("P[文字E(http://x.org/中)]");
    }

    @Test
    void doQuotes() {
        // Parser::doQuotes: the tags it writes become elements (bold and italic, the apostrophes gone)
        assertThat(parse("''a'' '''b''' l'''amour''")).isEqualTo("P[<i>a</> <b>b</> l'<i>amour</>]");
        assertThat(parse("''''x''''")).isEqualTo("P['<b>x'</>]");
        // a run of 5: its order is the one the next run asks for
        assertThat(parse("'''''x'''''")).isEqualTo("P[<i><b>x</></>]");
        assertThat(parse("'''''x''' y''")).isEqualTo("P[<i><b>x</> y</>]");
        assertThat(parse("'''''x'' y'''")).isEqualTo("P[<b><i>x</> y</>]");
        // what a line leaves open closes at its end
        assertThat(parse("''a\nb")).isEqualTo("P[<i>a</>\nb]");
        assertThat(parse("'''a ''b''")).isEqualTo("P[<b>a <i>b</></>]");
        // odd bold and odd italic counts: the bold run is an apostrophe and an italic one
        assertThat(parse("'''a ''b")).isEqualTo("P['<i>a </>b]");
    }

    @Test
    void entitiesSwitchesSignatures() {
        assertThat(parse("a&amp;b&#x41; __TOC__ ~~~~ __X__")).isEqualTo("P[a&bA S(__TOC__)  __X__]");
        // The wiki's own spellings, full-width ones too (jawiki), as whole words; a lone ＿ is text.
        assertThat(parse("＿＿目次非表示＿＿x＿y")).isEqualTo("P[S(＿＿目次非表示＿＿)x＿y]");
        // HTML 4.01's named references, as MediaWiki's sanitizer accepts them (not only the common ones).
        assertThat(parse("&eta;&Omega;&thetasym;&apos;")).isEqualTo("P[ηΩϑ']");
    }

    @Test
    void htmlElementsNest() {
        assertThat(parse("a<span>b<br/>c</span>d")).isEqualTo("P[a<span>b<br></>c</>d]");
    }

    @Test
    void formattingElementsCloseAtTheEndOfTheirBlock() {
        assertThat(parse("a<small>b\n\nc</span>d")).isEqualTo("P[a<small>b</>]P[cd]");
        assertThat(parse("<b><span>x</b>y")).isEqualTo("P[<b><span>x</></>y]");
    }

    /** MediaWiki (oracle): an unclosed div's content is text of its own block; the blocks after it stay blocks. */
    @Test
    void boxesCloseAtTheEndOfTheirBlock() {
        assertThat(parse("a<div>b\n\nc")).isEqualTo("P[a<div>b</>]P[c]");
        assertThat(parse("<div><center>x<b>y")).isEqualTo("P[<div><center>x<b>y</></></>]");
        assertThat(new WikitextParser(SYNTAX).parse("<div>".repeat(50_000) + "x\n\ny")).hasSize(2);
    }

    /**
     * MediaWiki (oracle, each input rendered): a quote left open takes the paragraphs and lists up to its end tag;
     * the lines holding its tags end the paragraph before them; no preformatted lines inside it; a cell's end
     * closes it.
     */
    @Test
    void quotesSpanBlocks() {
        assertThat(parse("a\nb<blockquote>\nq1\n\n* i\n x\n</blockquote>\nc"))
                .isEqualTo("P[a]P[b<blockquote>P[q1]L[*i;]P[ x]</>]P[c]");
        // lines holding quote tags are raw in MediaWiki: their text joins across blank lines ("a b" in one paragraph)
        assertThat(parse("<blockquote>a\n\nb</blockquote>c")).isEqualTo("P[<blockquote>a\nb</>]P[c]");
        assertThat(parse("<blockquote><blockquote>a\n\nb</blockquote>\nc</blockquote>d"))
                .isEqualTo("P[<blockquote><blockquote>a\nb</>P[c]</>]P[d]");
        assertThat(parse("<blockquote>a\n\nb")).isEqualTo("P[<blockquote>aP[b]</>]");
        assertThat(parse("{|\n|<blockquote>a\n\nb\n|}</blockquote>x"))
                .isEqualTo("TABLE[/|P[<blockquote>aP[b]</>]]P[x]");
        assertThatThrownBy(() -> parse("<blockquote>a\n\n* b</blockquote>")).isInstanceOf(Decline.class);
        assertThatThrownBy(() -> parse("<blockquote>a\n== h ==")).isInstanceOf(Decline.class);
        // the walker recurses per quote: nesting across blocks is bounded as inline nesting is
        assertThatThrownBy(() -> parse("<blockquote>\n".repeat(InlineParser.MAX_NESTING + 1))).isInstanceOf(Decline.class);
    }

    /**
     * MediaWiki (oracle): a quote a list item leaves open ends with the item (the list markup closes the li, and
     * with it the quote); a deeper item after it would sit inside the quote there: declined.
     */
    @Test
    void quotesLeftOpenInAListItemEndWithIt() {
        assertThat(parse("# a<blockquote>q\n</blockquote>\n# c")).isEqualTo("L[#a<blockquote>q</>;]L[#c;]");
        assertThat(parse("# a<blockquote>q\n# c\nd")).isEqualTo("L[#a<blockquote>q</>;#c;]P[d]");
        assertThatThrownBy(() -> parse("# a<blockquote>q\n## c")).isInstanceOf(Decline.class);
    }

    /** MediaWiki (oracle): "|}text" ends the table; the rest of the line is a paragraph of its own. */
    @Test
    void textAfterTableEndIsAParagraph() {
        assertThat(parse("{|\n|a\n|}b\nc")).isEqualTo("TABLE[/|P[a]]P[b]P[c]");
    }

    /** MediaWiki's handleTables (oracle): ":{|" indents a table; it is a table block here. */
    @Test
    void indentedTables() {
        assertThat(parse(":a\n::{|\n|b\n|}\n:c")).isEqualTo("L[:a;]TABLE[/|P[b]]L[:c;]");
        assertThatThrownBy(() -> parse("*{|\n|b\n|}")).isInstanceOf(Decline.class);
    }

    /** HTML5's implied end tags (oracle): a list's end tag closes its open items. */
    @Test
    void listEndTagsCloseTheirItems() {
        assertThat(parse("<ol><li>a<li>b</ol>c")).isEqualTo("P[<ol><li>a<li>b</></></>c]");
    }

    /**
     * Beyond the depth bound, {@code -{} and {@code [[} (brackets that only make text) are text, still matched so
     * that a {@code |} inside them does not split the template around them; a template there is declined.
     */
    @Test
    void textOnlyBracketsBeyondTheBoundAreText() {
        String deep = "-{".repeat(150) + "a|[[b|c]]" + "}-".repeat(150);
        assertThat(parse(deep)).isEqualTo("P[" + deep + "]");
        List<WikiNode> page = Preprocessor.parse("{{t|" + deep + "|d}}");
        WikiNode.Template t = (WikiNode.Template) page.get(0);
        assertThat(t.args()).extracting(WikiNode.Argument::rawValue).containsExactly(deep, "d");
        assertThatThrownBy(() -> Preprocessor.parse("-{".repeat(150) + "{{a}}")).isInstanceOf(Decline.class);
    }

    /** MediaWiki 1.39 (oracle): "a </pre> b" shows "a  b"; an end tag nothing opened is dropped, as HTML5 does. */
    @Test
    void strayEndTagsShowNothing() {
        assertThat(parse("a </pre> b</div>c")).isEqualTo("P[a  bc]");
        assertThat(parse("<div>a\n\nb</div>")).isEqualTo("P[<div>a</>]P[b]");
    }

    @Test
    void declinesWhatItDoesNotHandle() {
        assertThatThrownBy(() -> parse("<div><blockquote>a</div>")).isInstanceOf(Decline.class);
        // MediaWiki (oracle): after a line that opens <p>, blank lines no longer make paragraphs ("b" and "c" join)
        assertThatThrownBy(() -> parse("a<p>b\n\nc")).isInstanceOf(Decline.class);
        // MediaWiki (oracle): a stray </p> is an empty paragraph, so "x</p>y" shows x and y as two paragraphs
        assertThatThrownBy(() -> parse("x</p>y")).isInstanceOf(Decline.class);
        assertThatThrownBy(() -> parse("{{a|".repeat(200))).isInstanceOf(Decline.class);
    }

    @Test
    void hostileNestingIsLinear() {
        String deep = "[[".repeat(50_000) + "x";
        assertThat(parse(deep.substring(0, 90) + "x")).startsWith("P[[[");
        assertThat(new WikitextParser(SYNTAX).parse("-{".repeat(90) + "x")).hasSize(1);
    }
}
