package org.wikirefine.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wikirefine.Article;
import org.wikirefine.Diagnostic;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;
import org.wikirefine.fixtures.OutputInvariants;

/**
 * Every real page in {@code fixtures/pages/} must refine without exception, render in all four formats with the
 * output invariants kept, produce non-empty text, and never need the plain-text fallback or report an internal
 * error.
 */
class CorpusSmokeTest {

    private static final WikiRefiner ZH = WikiRefiner.builder().profile(WikiProfile.ZHWIKI).build();
    private static final WikiRefiner EN = WikiRefiner.builder().profile(WikiProfile.ENWIKI).build();
    /**
     * Markup a page shows as text in MediaWiki too, checked with the oracle (MediaWiki 1.39): United-Kingdom has a
     * stray {@code </ref>} after a broken citation ("…|work=Statista}}</ref><ref>…" renders "…Statista}}</ref>[1]").
     */
    private static final Map<String, String> SHOWN_BY_MEDIAWIKI = Map.of("United-Kingdom.txt", "</ref>");

    @TestFactory
    Stream<DynamicTest> zhPages() throws IOException {
        return pages(Path.of("fixtures/pages/zh"), ZH, List.of(Variant.ZH, Variant.ZH_HANS, Variant.ZH_TW));
    }

    @TestFactory
    Stream<DynamicTest> enPages() throws IOException {
        return pages(Path.of("fixtures/pages/en"), EN, List.of(Variant.ZH));
    }

    private Stream<DynamicTest> pages(Path dir, WikiRefiner refiner, List<Variant> variants) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String title = f.getFileName().toString().replaceFirst("\\.(wikitext|txt)$", "").replace('_', ' ');
            Article a = refiner.parse(text, title);
            assertThat(a.isFallback()).as("fallback used: %s", a.diagnostics()).isFalse();
            assertThat(a.diagnostics()).as("internal errors").noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
            OutputResidueTest.check(a);
            for (Variant v : variants) {
                assertThat(OutputInvariants.check(text, a, v, SHOWN_BY_MEDIAWIKI.getOrDefault(f.getFileName().toString(), "")))
                        .as("invariants in %s", v).isEmpty();
                if (!a.isRedirect()) {
                    assertThat(a.text(v)).as("text in %s", v).isNotBlank();
                }
            }
        }));
    }
}
