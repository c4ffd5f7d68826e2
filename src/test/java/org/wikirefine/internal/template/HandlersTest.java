package org.wikirefine.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.model.Inline;

/** Expected texts come from the template sources in the corpus (zh) and en.wikipedia's documented output. */
class HandlersTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    static final TemplateRegistry ZH = TemplateRules.load(WikiProfile.ZHWIKI, List.of(), Map.of("noteTA", TemplateRulesTest.NOTE_TA), CLOCK);
    static final TemplateRegistry EN = TemplateRules.load(WikiProfile.ENWIKI, List.of(), Map.of("noteTA", TemplateRulesTest.NOTE_TA), CLOCK);

    static String zh(String wikitext) {
        return FakeContext.render(new FakeContext(ZH).run(wikitext));
    }

    static String en(String wikitext) {
        return FakeContext.render(new FakeContext(EN).run(wikitext));
    }

    @Test
    void inlineText() {
        assertThat(zh("a{{nowrap|b c}}d")).isEqualTo("ab cd");
        assertThat(zh("{{small|（2013年）}}")).isEqualTo("（2013年）");
        assertThat(zh("{{color|red|紅}}")).isEqualTo("紅");
        assertThat(zh("a{{!}}b")).isEqualTo("a|b");
        assertThat(en("{{sortname|John|Smith}}")).isEqualTo("John Smith");
        assertThat(en("{{ISBN|978-0-00}}")).isEqualTo("ISBN 978-0-00");
        assertThat(en("{{chem|H|2|O}}")).isEqualTo("H2O");
        assertThat(zh("{{linktext|青|岛}}")).isEqualTo("青岛");
        assertThat(en("{{frac|1|2}} and {{frac|1|2|3}}")).isEqualTo("1/2 and 1 2/3");
        assertThat(en("{{FRA}} and {{ICD10|A|00|0}}")).isEqualTo("France and A00.0");
        // an empty call leaves nothing behind, not "（）"
        assertThat(zh("X{{lang-en|}}Y")).isEqualTo("XY");
    }

    @Test
    void languageTemplates() {
        assertThat(zh("'''X'''（{{lang-en|Foo}}）是")).isEqualTo("X（英語：Foo）是");
        assertThat(en("{{lang-fr|Bonjour}}")).isEqualTo("French: Bonjour");
        // zh Template:Lang: foreign text protected from conversion with -{ }-
        List<Inline> out = new FakeContext(ZH).run("{{lang|ja|青島神社}}");
        assertThat(out).containsExactly(new Inline.Text("-{青島神社}-"));
        assertThat(zh("{{lang|zh|青岛}}")).isEqualTo("青岛");
        assertThat(zh("{{jpn|j=阿下喜駅|hg=あげきえき|rm=Ageki eki|f=y}}")).isEqualTo("日语：阿下喜駅／あげきえき Ageki eki");
        assertThat(zh("{{jpn|j=青島神社|hg=セイタウ ジンシヤ}}")).isEqualTo("日语：青島神社／セイタウ ジンシヤ");
        assertThat(en("{{nihongo|Tokyo Tower|東京タワー|Tōkyō tawā}}")).isEqualTo("Tokyo Tower (東京タワー, Tōkyō tawā)");
    }

    @Test
    void interlanguageLinksShowTheLocalTitle() {
        List<Inline> out = new FakeContext(ZH).run("{{link-en|伊斯蘭陣線|Islamic Front (Syria)}}");
        assertThat(out).hasSize(1);
        assertThat(out.get(0)).isInstanceOfSatisfying(Inline.InternalLink.class, l -> assertThat(l.target()).isEqualTo("伊斯蘭陣線"));
        assertThat(zh("{{link-en|伊斯蘭陣線|Islamic Front (Syria)}}")).isEqualTo("伊斯蘭陣線");
        assertThat(zh("{{le|卡爾·埃卡特|Carl Eckart}}")).isEqualTo("卡爾·埃卡特");
        assertThat(zh("{{link-ja|三岐鐵道|三岐鉄道|三岐}}")).isEqualTo("三岐");
        assertThat(zh("{{link-en|A|B|d=顯示}}")).isEqualTo("顯示");
        assertThat(zh("{{tsl|en|Foreign title|中文名}}")).isEqualTo("中文名");
        assertThat(en("{{ill|Karl Marx Monument|de|Karl-Marx-Monument|lt=the monument}}")).isEqualTo("the monument");
        assertThat(en("{{ill|Karl Marx Monument|de|Karl-Marx-Monument}}")).isEqualTo("Karl Marx Monument");
    }

    @Test
    void flags() {
        assertThat(zh("{{flagicon|叙利亚}} '''叙利亚'''")).isEqualTo(" 叙利亚");
        assertThat(zh("{{flagicon image|Flag of Syria.svg}}")).isEmpty();
        assertThat(en("{{flag|Syria}}")).isEqualTo("Syria");
        assertThat(en("{{flagcountry|Syria}}")).isEqualTo("Syria");
        assertThat(zh("{{JPN}}")).isEqualTo("日本");
        assertThat(en("{{USA}}")).isEqualTo("United States");
    }

    @Test
    void convert() {
        assertThat(zh("{{convert|10|km|mi}}")).isEqualTo("10公里（6.2英里）");
        assertThat(en("{{convert|10|km|mi}}")).isEqualTo("10 kilometres (6.2 mi)");
        assertThat(en("{{convert|1|km|mi}}")).isEqualTo("1 kilometre (0.62 mi)");
        assertThat(en("{{convert|100|km}}")).isEqualTo("100 kilometres (62 mi)");
        assertThat(en("{{convert|5|mi|km|order=flip}}")).isEqualTo("8.0 km (5 miles)");
        assertThat(en("{{cvt|3000|m|ft}}")).isEqualTo("3,000 m (9,800 ft)");
        assertThat(en("{{convert|20|C}}")).isEqualTo("20 °C (68 °F)");
        assertThat(en("{{convert|5|to|8|km|mi}}")).isEqualTo("5 to 8 kilometres (3.1 to 5.0 mi)");
        assertThat(en("{{convert|1234|km2|sqmi|0}}")).isEqualTo("1,234 square kilometres (476 sq mi)");
        assertThat(en("{{convert|1.8|m|ftin}}")).isEqualTo("1.8 metres (5 ft 11 in)");
        assertThat(zh("{{convert|5|mi|km|abbr=on}}")).isEqualTo("5 mi（8.0 km）");
        FakeContext ctx = new FakeContext(EN);
        assertThat(FakeContext.render(ctx.run("{{convert|3|furlong|km}}"))).isEqualTo("3 furlong");
        assertThat(ctx.shared.diagnostics).contains("CONVERT_UNKNOWN_UNIT");
    }

    @Test
    void dates() {
        assertThat(zh("{{birth date and age|1990|5|3}}")).isEqualTo("1990年5月3日（36歲）");
        assertThat(en("{{birth date and age|1990|5|3}}")).isEqualTo("May 3, 1990 (age 36)");
        assertThat(en("{{birth date and age|1990|5|3|df=y}}")).isEqualTo("3 May 1990 (age 36)");
        assertThat(en("{{birth date and age|1990|6|3}}")).isEqualTo("June 3, 1990 (age 35)");
        assertThat(zh("{{death date and age|2008|8|2|1918|8|29}}")).isEqualTo("2008年8月2日（89歲）");
        assertThat(en("{{death date and age|2008|8|2|1918|8|29}}")).isEqualTo("August 2, 2008 (aged 89)");
        assertThat(zh("{{start date and age|2000|1|1}}")).isEqualTo("2000年1月1日（26年前）");
        assertThat(en("{{dts|2001|5|3}}")).isEqualTo("May 3, 2001");
        assertThat(en("{{dts|2001-05-03|format=dmy}}")).isEqualTo("3 May 2001");
        assertThat(zh("{{dts|2001|5}}")).isEqualTo("2001年5月");
        assertThat(zh("{{bd|1918年|8月29日|2008年|8月2日}}")).isEqualTo("1918年8月29日—2008年8月2日");
        assertThat(zh("{{bd|1980年|8月1日||}}")).isEqualTo("1980年8月1日—");
        assertThat(zh("{{Birth year and age|1964|08}}")).isEqualTo("1964年8月（61歲）");
        assertThat(en("{{birth date|1866|11|12}}")).isEqualTo("November 12, 1866");
        assertThat(en("{{start date|1 May 2001}}")).isEqualTo("1 May 2001");
    }

    @Test
    void coord() {
        FakeContext ctx = new FakeContext(ZH);
        assertThat(FakeContext.render(ctx.run("{{coord|25|2|N|121|38|E|type:city}}"))).isEqualTo("25°2′N 121°38′E");
        assertThat(ctx.shared.data).hasSize(1);
        assertThat(ctx.shared.data.get(0)).containsEntry("kind", "coordinates").containsEntry("display", "inline");
        assertThat(Double.parseDouble(ctx.shared.data.get(0).get("lat"))).isCloseTo(25.0333, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(zh("{{coord|36.07|120.38}}")).isEqualTo("36.07°N 120.38°E");
        assertThat(zh("{{coord|33.9|S|18.4|E}}")).isEqualTo("33.9°S 18.4°E");
        FakeContext title = new FakeContext(ZH);
        assertThat(FakeContext.render(title.run("{{coord|36|4|N|120|23|E|display=title}}"))).isEmpty();
        assertThat(title.shared.data).hasSize(1);
    }

    @Test
    void listsSeparateItems() {
        List<Inline> out = new FakeContext(ZH).run("{{ubl|[[甲]]|乙|}}");
        assertThat(FakeContext.render(out)).isEqualTo("甲\n乙");
        assertThat(zh("{{plainlist|\n* 甲\n* [[乙|乙乙]]\n}}")).isEqualTo("甲\n乙乙");
        assertThat(en("{{hlist|a|b|c}}")).isEqualTo("a\nb\nc");
    }

    @Test
    void referenceTemplates() {
        FakeContext ctx = new FakeContext(ZH);
        String text = FakeContext.render(ctx.run("甲{{efn|注一}}乙{{refn|group=n|name=x|來源}}丙{{r|group=n|x}}{{rp|12}}丁{{notetag|注}}"));
        assertThat(text).isEqualTo("甲[a]乙[n 1]丙[n 1]丁[注 1]");
        assertThat(ctx.shared.suffixes).containsExactly(":12");
        FakeContext q = new FakeContext(ZH);
        assertThat(FakeContext.render(q.run("青岛{{nsrefc|group=參|name=a|1={{cite web|url=http://x.org|title=T}}}}。"))).isEqualTo("青岛[參 1]。");
        assertThat(q.shared.refs.values().iterator().next().content()).isNotEmpty();
        assertThat(q.shared.citations).hasSize(1);
        FakeContext lists = new FakeContext(ZH);
        lists.run("{{reflist|2}}{{notelist}}{{NoteFoot}}{{Nsreferences|group=參}}");
        assertThat(lists.shared.lists).containsExactly("", "lower-alpha", "注", "參");
        FakeContext sfn = new FakeContext(EN);
        assertThat(FakeContext.render(sfn.run("a{{sfn|Smith|2000|p=5}}b{{sfn|Smith|2000|p=5}}"))).isEqualTo("a[1]b[1]");
        assertThat(FakeContext.render(sfn.shared.refs.values().iterator().next().content())).isEqualTo("Smith 2000, p. 5.");
        assertThat(en("{{harvnb|Smith|Jones|2000|pp=5–7}}")).isEqualTo("Smith & Jones 2000, pp. 5–7");
        assertThat(en("{{harvtxt|Smith|2000}}")).isEqualTo("Smith (2000)");
    }

    @Test
    void citations() {
        FakeContext ctx = new FakeContext(ZH);
        String shown = FakeContext.render(ctx.run("{{cite web|title=Fresh clashes rock Damascus|url=http://www.nineoclock.ro/x/|publisher=Nine O clock|accessdate=30 September 2015|archive-url=https://web.archive.org/web/2017/x|archive-date=2017-10-09|dead-url=yes}}"));
        assertThat(shown).isEqualTo("Fresh clashes rock Damascus. Nine O clock. [30 September 2015]. （原始内容存档于2017-10-09）.");
        Citation c = ctx.shared.citations.get(0);
        assertThat(c.fields()).containsEntry("type", "web").containsEntry("title", "Fresh clashes rock Damascus")
                .containsEntry("url", "http://www.nineoclock.ro/x/").containsEntry("publisher", "Nine O clock")
                .containsEntry("access_date", "30 September 2015").containsEntry("archive_date", "2017-10-09")
                .containsEntry("url_status", "dead");
        FakeContext news = new FakeContext(ZH);
        String n = FakeContext.render(news.run("{{cite news|title=Al-Qaeda affiliate |url=http://w.com/a |last=Ignatius |first=David|newspaper=Washington Post|date=2012-11-30|accessdate=2012-12-01}}"));
        assertThat(n).isEqualTo("Ignatius, David. Al-Qaeda affiliate. Washington Post. 2012-11-30. [2012-12-01].");
        assertThat(news.shared.citations.get(0).fields()).containsEntry("author", "Ignatius, David").containsEntry("work", "Washington Post");
        FakeContext book = new FakeContext(ZH);
        book.run("{{Cite book|author=任银睦|title=青岛早期城市现代化研究|year=2007|publisher=生活·读书·新知三联书店|isbn=7-108-02651-8}}");
        assertThat(book.shared.citations.get(0).fields()).containsEntry("type", "book").containsEntry("date", "2007")
                .containsEntry("isbn", "7-108-02651-8").containsEntry("author", "任银睦");
        FakeContext en = new FakeContext(EN);
        assertThat(FakeContext.render(en.run("{{cite journal|last1=A|first1=B|last2=C|first2=D|title=T|journal=J|volume=3|doi=10.1/x|access-date=2020-01-01}}")))
                .isEqualTo("A, B; C, D. T. J. doi:10.1/x. Retrieved 2020-01-01.");
        FakeContext de = new FakeContext(EN);
        de.run("{{Internetquelle |url=https://m.org |titel=Firefox |autor=X |abruf=2017-08-25 |sprache=de}}");
        assertThat(de.shared.citations.get(0).fields()).containsEntry("title", "Firefox").containsEntry("author", "X")
                .containsEntry("access_date", "2017-08-25").containsEntry("language", "de");
        FakeContext any = new FakeContext(EN);
        any.run("{{cite gnis|id=1|title=Bradley}}");
        assertThat(any.shared.citations.get(0).fields()).containsEntry("type", "generic").containsEntry("title", "Bradley");
    }

    @Test
    void hatnotesAndMaintenanceDrop() {
        assertThat(zh("{{main|叙利亚内战}}甲{{See also|乙}}{{citation needed|date=2020}}{{Authority control}}{{reflist}}")).isEqualTo("甲");
        assertThat(zh("{{-}}{{clear}}{{col-begin}}{{portal|物理}}{{commons|x}}")).isEmpty();
    }
}
