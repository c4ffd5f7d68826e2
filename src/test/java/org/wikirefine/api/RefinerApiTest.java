package org.wikirefine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.wikirefine.Article;
import org.wikirefine.Diagnostic;
import org.wikirefine.Format;
import org.wikirefine.Page;
import org.wikirefine.Variant;
import org.wikirefine.WikiRefine;
import org.wikirefine.WikiRefiner;

class RefinerApiTest {

    static final Path SEED = Path.of("fixtures/pages/zh/阿勒颇战役.wikitext");

    @Test
    void staticFacadeParsesWithDefaults() {
        Article a = WikiRefine.parse("'''x''' y");
        assertThat(a.text(Variant.ZH)).isEqualTo("x y\n");
    }

    @Test
    void overBudgetPageGetsAFlaggedFallbackNotAHang() throws Exception {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        WikiRefiner hurried = WikiRefiner.builder().timeBudget(Duration.ofNanos(1)).build();
        Article a = hurried.parse(seed, "阿勒颇战役");
        assertThat(a.isFallback()).isTrue();
        assertThat(a.diagnostics()).anyMatch(d -> d.code().equals("PARSE_TIMEOUT") && d.severity() == Diagnostic.Severity.ERROR);
        // The fallback still keeps the words and no markup.
        assertThat(a.text(Variant.ZH)).contains("阿勒颇").doesNotContain("[[", "{{", "<ref");
    }

    @Test
    void guardSendsPathologicalPagesToTheFallback() {
        // Templates nested beyond the native parser's bound: it declines, and the Sweble path's guard rejects them.
        // (Unclosed "[[a|" runs no longer get there: the native parser reads them as text, as MediaWiki shows them.)
        Article a = WikiRefine.parse("{{a|".repeat(5000));
        assertThat(a.isFallback()).isTrue();
        assertThat(a.diagnostics()).extracting(Diagnostic::code).contains("PAGE_TOO_COMPLEX");
    }

    @Test
    void invalidBudgetIsRejectedAtBuildTime() {
        assertThatThrownBy(() -> WikiRefiner.builder().timeBudget(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageMetadataReachesJson() {
        Page p = new Page(42, 0, "阿勒颇", null, 7, "2024-01-01T00:00:00Z", null, "正文。");
        String json = WikiRefine.refiner().parse(p).render(Variant.ZH, Format.JSON);
        assertThat(json).startsWith("{\"id\":42,\"title\":\"阿勒颇\",\"source_title\":\"阿勒颇\",\"ns\":0,\"revision\":7,"
                + "\"timestamp\":\"2024-01-01T00:00:00Z\",\"wiki\":\"zhwiki\",\"language\":\"zh\",\"variant\":\"zh\"");
        assertThat(json).doesNotContain("\n");
    }

    @Test
    void sharedRefinerGivesIdenticalResultsAcrossThreads() throws Exception {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        WikiRefiner refiner = WikiRefine.refiner();
        String expected = refiner.parse(seed, "阿勒颇战役").render(Variant.ZH, Format.JSON);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> refiner.parse(seed, "阿勒颇战役").render(Variant.ZH, Format.JSON)));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nonBmpTextRoundTrips() {
        String text = "𠀀𪚥 emoji 😀 and 𝔘𝔫𝔦";
        assertThat(WikiRefine.parse(text).text(Variant.ZH).strip()).isEqualTo(text);
    }

    @Test
    void privateUseCharactersAreTextEvenInTemplateArguments() {
        // U+E123 is private use (some CJK fonts put characters there); Sweble calls it "illegal" but it is text.
        Article a = WikiRefine.parse("x\uE123y {{nowrap|a\uE123b}}");
        assertThat(a.text(Variant.ZH).strip()).isEqualTo("x\uE123y a\uE123b");
    }

    @Test
    void charactersReservedForInternalMarksAreDroppedWithADiagnostic() {
        Article a = WikiRefine.parse("a\uE001b &#xE000;c");
        assertThat(a.text(Variant.ZH).strip()).isEqualTo("ab c");
        assertThat(a.diagnostics()).extracting(Diagnostic::code).contains("RESERVED_CHARACTER");
    }

    @Test
    void theShortcutReadsAPageAsTheWikiItsWordsPointTo() {
        String cite = "<ref>{{cite web|url=https://example.org/a|title=A|archive-url=https://web.archive.org/a"
                + "|archive-date=2020-01-01}}</ref>\n<references />";
        Article en = WikiRefine.parse("Some text." + cite + "\n[[Category:Examples]]", "Example");
        assertThat(en.render(Variant.ZH, Format.JSON)).contains("\"wiki\":\"enwiki\"").doesNotContain("原始内容");
        assertThat(en.categories()).containsExactly("Examples");
        Article zh = WikiRefine.parse("一些文字。" + cite, "例子");
        assertThat(zh.render(Variant.ZH, Format.TEXT)).contains("原始内容存档");
        Article hu = WikiRefine.parse("Szöveg.\n[[Kategória:Példák]]", "Példa");
        assertThat(hu.categories()).containsExactly("Példák");
        assertThat(hu.text(Variant.ZH)).doesNotContain("Kategória");
    }
}
