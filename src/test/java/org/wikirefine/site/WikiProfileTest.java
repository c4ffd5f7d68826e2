package org.wikirefine.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wikirefine.Article;
import org.wikirefine.SiteInfo;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;
import org.wikirefine.internal.site.ProfileGuess;
import org.wikirefine.internal.site.WikiSyntax;

/**
 * Site profiles read from wikis.yaml. Expected names are MediaWiki's own (languages/messages/Messages*.php of 1.39,
 * read by hand: e.g. MessagesHu NS_CATEGORY 'Kategória', alias 'Kép' for NS_FILE, magic word redirect
 * '#ÁTIRÁNYÍTÁS', img_thumbnail 'bélyegkép'; MessagesJa notoc '＿＿目次非表示＿＿').
 */
class WikiProfileTest {

    @Test
    void bundledWikisByDbnameOrLanguage() {
        assertThat(WikiProfile.bundled()).contains("zhwiki", "enwiki", "dewiki", "frwiki", "jawiki", "ruwiki", "eswiki",
                "huwiki", "bgwiki");
        assertThat(WikiProfile.of("hu")).isEqualTo(WikiProfile.of("huwiki"));
        assertThat(WikiProfile.of("zhwiki")).isEqualTo(WikiProfile.ZHWIKI);
        assertThatThrownBy(() -> WikiProfile.of("xxwiki")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("huwiki");
    }

    @Test
    void namespacesOfEachLanguageAndEnglishEverywhere() {
        WikiProfile hu = WikiProfile.of("huwiki");
        assertThat(hu.isCategory("Kategória:Szíria települései")).isTrue();
        assertThat(hu.isFile("Fájl:X.jpg")).isTrue();
        assertThat(hu.isFile("kép:X.jpg")).isTrue();          // alias, any case
        assertThat(hu.isFile("File:X.jpg")).isTrue();         // canonical names work on every wiki
        assertThat(hu.isCategory("Category:X")).isTrue();
        assertThat(hu.isCategory("Kategorie:X")).isFalse();   // German is not Hungarian
        assertThat(WikiProfile.of("dewiki").isCategory("Kategorie:X")).isTrue();
        assertThat(WikiProfile.of("dewiki").isFile("Datei:X.png")).isTrue();
        assertThat(WikiProfile.of("bgwiki").isCategory("Категория:X")).isTrue();
        assertThat(WikiProfile.of("ruwiki").isFile("Файл:X.png")).isTrue();
        assertThat(WikiProfile.of("jawiki").isCategory("カテゴリ:X")).isTrue();
        assertThat(WikiProfile.of("frwiki").isCategory("Catégorie:X")).isTrue();
        assertThat(WikiProfile.of("eswiki").isFile("Archivo:X.png")).isTrue();
        assertThat(WikiProfile.ZHWIKI.isCategory("分類:X")).isTrue();
        assertThat(WikiProfile.ZHWIKI.isFile("圖像:X.png")).isTrue();
        assertThat(WikiProfile.ENWIKI.isFile("文件:X.png")).isFalse();
        assertThat(hu.namespaceOf("Wikipédia:Kezdőlap").getAsInt()).isEqualTo(4);
    }

    @Test
    void onlyZhConvertsAndCitesInChinese() {
        assertThat(WikiProfile.ZHWIKI.convertsVariants()).isTrue();
        assertThat(WikiProfile.ZHWIKI.citationLanguage()).isEqualTo("zh");
        for (String db : WikiProfile.bundled()) {
            if (!db.equals("zhwiki")) {
                assertThat(WikiProfile.of(db).convertsVariants()).as(db).isFalse();
                assertThat(WikiProfile.of(db).citationLanguage()).as(db).isEqualTo("en");
            }
        }
    }

    @Test
    void magicWordsOfTheLanguage() {
        WikiSyntax hu = WikiSyntax.of(WikiProfile.of("huwiki"));
        assertThat(hu.redirectTarget("#ÁTIRÁNYÍTÁS [[Aleppó]]")).isEqualTo("Aleppó");
        assertThat(hu.redirectTarget("#átirányítás [[Aleppó]]")).isEqualTo("Aleppó");
        assertThat(hu.redirectTarget("#REDIRECT [[Aleppó]]")).isEqualTo("Aleppó");
        assertThat(hu.imageOption("bélyegkép")).contains("img_thumbnail");
        assertThat(hu.imageOption("jobbra")).contains("img_right");
        assertThat(hu.imageOption("220px")).contains("img_width");
        assertThat(hu.imageOption("Az aleppói citadella")).isEmpty();
        assertThat(WikiSyntax.of(WikiProfile.of("dewiki")).redirectTarget("#WEITERLEITUNG [[Ziel]]")).isEqualTo("Ziel");
        assertThat(WikiSyntax.of(WikiProfile.ENWIKI).redirectTarget("#WEITERLEITUNG [[Ziel]]")).isNull();
        var ja = WikiSyntax.of(WikiProfile.of("jawiki")).switches("前＿＿目次非表示＿＿後");
        assertThat(ja.find()).isTrue();
        var de = WikiSyntax.of(WikiProfile.of("dewiki")).switches("x __KEIN_INHALTSVERZEICHNIS__ y");
        assertThat(de.find()).isTrue();
        assertThat(WikiSyntax.of(WikiProfile.ZHWIKI).switchId("__不转换内容__")).contains("nocontentconvert");
        assertThat(WikiSyntax.of(WikiProfile.ZHWIKI).canonicalFunction("默认排序")).contains("DEFAULTSORT");
        assertThat(WikiSyntax.of(WikiProfile.of("huwiki")).canonicalFunction("rendezés")).contains("DEFAULTSORT");
        assertThat(WikiSyntax.of(WikiProfile.ENWIKI).canonicalFunction("RENDEZÉS")).isEmpty();
    }

    @Test
    void aHungarianPageReadInHungarian() {
        WikiRefiner hu = WikiRefiner.builder().profile(WikiProfile.of("huwiki")).build();
        Article a = hu.parse("{{RENDEZÉS:Aleppó}}__NINCSTARTALOMJEGYZÉK__[[Fájl:A.jpg|bélyegkép|jobbra|Az aleppói citadella]]"
                + "Az '''Aleppó''' város.\n[[Kategória:Szíria települései]]", "Aleppó");
        assertThat(a.text(Variant.ZH).strip()).isEqualTo("Az Aleppó város.");
        assertThat(a.categories()).containsExactly("Szíria települései");
        assertThat(a.links()).isEmpty();
        assertThat(a.templates()).isEmpty();
        Article redirect = hu.parse("#ÁTIRÁNYÍTÁS [[Aleppó]]", "Haleb");
        assertThat(redirect.redirectTarget()).contains("Aleppó");
    }

    @Test
    void siteinfoCompletesTheBundledProfile() {
        SiteInfo si = new SiteInfo("Wikipédia", "huwiki", "https://hu.wikipedia.org/wiki/Kezd%C5%91lap", "MediaWiki",
                "first-letter", Map.of(0, "", 14, "Kategória", 100, "Portál", 4242, "Helyi"));
        WikiProfile p = WikiProfile.fromSiteInfo(si);
        assertThat(p.dbname()).isEqualTo("huwiki");
        assertThat(p.namespaceOf("Helyi:X").getAsInt()).isEqualTo(4242);   // a namespace only the siteinfo has
        assertThat(p.isFile("Kép:X.jpg")).isTrue();                        // a bundled alias siteinfo does not carry
        // an unbundled wiki of a known language gets that language's names and its own siteinfo names
        WikiProfile books = WikiProfile.fromSiteInfo(new SiteInfo("Wikikönyvek", "huwikibooks", "", "", "",
                Map.of(0, "", 14, "Kategória")));
        assertThat(books.language()).isEqualTo("hu");
        assertThat(books.isFile("Fájl:X.jpg")).isTrue();
        assertThat(books.convertsVariants()).isFalse();
    }

    @Test
    void guessesOnlyFromTheTextsOwnWords() {
        assertThat(ProfileGuess.guess("Szöveg.\n[[Kategória:Szíria]]").profile().dbname()).isEqualTo("huwiki");
        assertThat(ProfileGuess.guess("#WEITERLEITUNG [[Ziel]]").profile().dbname()).isEqualTo("dewiki");
        assertThat(ProfileGuess.guess("Text.\n[[Category:X]]").profile()).isEqualTo(WikiProfile.ENWIKI);
        assertThat(ProfileGuess.guess("日本語の文章です。[[Category:X]]").profile().dbname()).isEqualTo("jawiki");
        assertThat(ProfileGuess.guess("中文内容。[[Category:X]]").profile()).isEqualTo(WikiProfile.ZHWIKI);
    }
}
