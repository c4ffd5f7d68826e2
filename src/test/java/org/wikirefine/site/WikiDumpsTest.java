package org.wikirefine.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wikirefine.Article;
import org.wikirefine.DumpReader;
import org.wikirefine.Format;
import org.wikirefine.Page;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;
import org.wikirefine.cli.DumpCommand;
import org.wikirefine.internal.site.WikiSyntax;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * Real dumps of wikis other than zh (fixtures/dumps, origin in fixtures/SOURCES.md) through {@code wikirefine dump}
 * and through every format: the dump's siteinfo picks the profile; files are dropped, categories listed, no
 * namespace word or image option of the wiki is left in the text, no Chinese citation boilerplate appears, and the
 * records name the wiki instead of a zh variant. What counts as residue comes from the profile itself, so the test
 * holds for any wiki's words, not a list copied from these pages.
 */
class WikiDumpsTest {

    static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({
            "fixtures/dumps/gensim-bgwiki-latest-pages-articles-shortened.xml.bz2, bgwiki, bg",
            "fixtures/dumps/gensim-enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2, enwiki, en",
            "fixtures/dumps/profiles/jawiki-sample.xml.bz2, jawiki, ja",
            "fixtures/dumps/profiles/dewiki-sample.xml.bz2, dewiki, de",
            "fixtures/dumps/profiles/huwiki-sample.xml.bz2, huwiki, hu"})
    void aWikisDumpComesOutInItsOwnTerms(String dump, String dbname, String language) throws Exception {
        List<Page> pages = new ArrayList<>();
        WikiProfile profile;
        try (DumpReader r = DumpReader.open(Path.of(dump))) {
            profile = WikiProfile.fromSiteInfo(r.siteInfo());
            r.forEach(p -> {
                if (p.ns() == 0 && p.redirect() == null && pages.size() < 6) {
                    pages.add(p);
                }
            });
        }
        assertThat(profile.dbname()).isEqualTo(dbname);

        List<JsonNode> records = cliRecords(dump);
        assertThat(records).isNotEmpty();
        for (JsonNode rec : records) {
            assertThat(rec.path("wiki").asText()).isEqualTo(dbname);
            assertThat(rec.path("language").asText()).isEqualTo(language);
            assertThat(rec.has("variant")).as("a %s record has no zh variant", dbname).isFalse();
        }

        WikiRefiner refiner = WikiRefiner.builder().profile(profile).build();
        int withCategories = 0;
        for (Page p : pages) {
            Article a = refiner.parse(p);
            if (hasCategoryLink(p.text(), profile)) {
                assertThat(a.categories()).as("categories of %s", p.title()).isNotEmpty();
                withCategories++;
            }
            for (Format f : Format.values()) {
                String out = a.render(Variant.ZH, f);
                assertNoResidue(out, profile, p.title() + " as " + f);
            }
        }
        assertThat(withCategories).as("pages with category links in %s", dump).isPositive();
    }

    private List<JsonNode> cliRecords(String dump) throws Exception {
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new DumpCommand().streams(System.out, new PrintStream(err, true,
                StandardCharsets.UTF_8))).execute(dump, "--out", out.toString(), "--threads", "2", "--quiet",
                "--variant", "zh-hans");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(M.readTree(out.resolve("manifest.json").toFile()).path("wiki").path("dbname").asText())
                .isNotEmpty();
        List<JsonNode> recs = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("part-00000.jsonl"), StandardCharsets.UTF_8)) {
            recs.add(M.readTree(line));
        }
        return recs;
    }

    private static boolean hasCategoryLink(String wikitext, WikiProfile profile) {
        String lower = wikitext.toLowerCase(Locale.ROOT);
        return profile.namespaceNames(14).stream().anyMatch(n -> lower.contains("[[" + n.toLowerCase(Locale.ROOT) + ":"));
    }

    /** No link to a file or category of the wiki, no image option word, no zh boilerplate in a rendering. */
    private static void assertNoResidue(String out, WikiProfile profile, String what) {
        String lower = out.toLowerCase(Locale.ROOT);
        for (int ns : new int[] {6, 14}) {
            for (String name : profile.namespaceNames(ns)) {
                assertThat(lower).as("%s: residue of namespace %d", what, ns)
                        .doesNotContain("[[" + name.toLowerCase(Locale.ROOT) + ":")
                        .doesNotContain("\n" + name.toLowerCase(Locale.ROOT) + ":");
            }
        }
        for (String thumb : profile.magicWords("img_thumbnail")) {
            assertThat(lower).as("%s: image option %s", what, thumb).doesNotContain("|" + thumb.toLowerCase(Locale.ROOT) + "|");
            assertThat(lower).as("%s: image option %s", what, thumb).doesNotContain(thumb.toLowerCase(Locale.ROOT) + "|");
        }
        assertThat(out).as(what).doesNotContain("原始内容").doesNotContain("存档于");
        assertThat(WikiSyntax.of(profile).switches(out).find()).as("%s: behaviour switch", what).isFalse();
    }
}
