package org.wikirefine.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wikirefine.Article;
import org.wikirefine.Format;
import org.wikirefine.Variant;
import org.wikirefine.WikiRefiner;
import org.wikirefine.fixtures.OutputInvariants;

/**
 * The pathological input classes of reliability.md 1.6, generated at about 1 KB, 10 KB and 100 KB: each must
 * come back as an article (full parse or flagged fallback) with clean output, never an exception, a stack
 * overflow or a hang. The refiner runs with a 2 s budget; the test allows 20 s so that our own watchdog, not the
 * test's, is what answers.
 */
class PathologicalInputTest {

    private static final WikiRefiner REFINER = WikiRefiner.builder().timeBudget(Duration.ofSeconds(2)).build();

    record Case(String name, IntFunction<String> gen, int unitLength) {
    }

    /**
     * Classes whose stray tags MediaWiki prints as text, with the token it prints: an extension tag without its
     * closer is literal ({@code Preprocessor_Hash}, checked with the oracle: {@code <ref>x<ref>x} shows as written),
     * and so is a closer nothing opened (oracle: {@code a </ref> b </nowiki> c} shows as written).
     */
    private static final java.util.Map<String, String> PRINTED_BY_MEDIAWIKI = java.util.Map.of(
            "unclosed refs", "markup token '<ref'", "ref closers", "markup token '</'", "nested refs", "markup token '</'");

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // 1. nested, balanced
        c.add(new Case("nested templates", n -> "{{".repeat(n) + "x" + "}}".repeat(n), 4));
        c.add(new Case("nested links", n -> "[[".repeat(n) + "x" + "]]".repeat(n), 4));
        c.add(new Case("nested parameters", n -> "{{{".repeat(n) + "x" + "}}}".repeat(n), 6));
        c.add(new Case("nested divs", n -> "<div>".repeat(n) + "x" + "</div>".repeat(n), 11));
        c.add(new Case("nested refs", n -> "<ref>".repeat(n) + "x" + "</ref>".repeat(n), 11));
        c.add(new Case("deep bullet list", n -> "*".repeat(n) + " x", 1));
        c.add(new Case("deep indent", n -> ":".repeat(n) + " x", 1));
        c.add(new Case("tables nested in cells", n -> "{|\n|\n".repeat(n) + "x\n" + "|}\n".repeat(n), 8));
        c.add(new Case("nested conversion markup", n -> "-{".repeat(n) + "x" + "}-".repeat(n), 4));
        // 2. unclosed runs
        c.add(new Case("unclosed templates", n -> "{{a|".repeat(n), 4));
        c.add(new Case("unclosed links", n -> "[[a|".repeat(n), 4));
        c.add(new Case("bare brackets", n -> "[".repeat(n), 1));
        c.add(new Case("bare braces", n -> "{".repeat(n), 1));
        c.add(new Case("unclosed parameters", n -> "{{{".repeat(n), 3));
        c.add(new Case("unclosed tables", n -> "{|\n|a\n".repeat(n), 6));
        c.add(new Case("unclosed divs", n -> "<div>".repeat(n), 5));
        c.add(new Case("unclosed refs", n -> "<ref>x".repeat(n), 6));
        c.add(new Case("unclosed comments", n -> "<!-- x".repeat(n), 6));
        c.add(new Case("unclosed nowiki", n -> "<nowiki>a".repeat(n), 9));
        c.add(new Case("unclosed external links", n -> "[http://a.b/c d ".repeat(n), 16));
        c.add(new Case("unclosed conversion markup", n -> "-{a ".repeat(n), 4));
        // 3. unmatched closers
        c.add(new Case("closing braces", n -> "}}".repeat(n), 2));
        c.add(new Case("closing brackets", n -> "]]".repeat(n), 2));
        c.add(new Case("table closers", n -> "|}\n".repeat(n), 3));
        c.add(new Case("ref closers", n -> "</ref>".repeat(n), 6));
        c.add(new Case("comment closers", n -> "-->".repeat(n), 3));
        // 4. mixed interleavings
        c.add(new Case("template then link", n -> "{{a|[[b|".repeat(n), 8));
        c.add(new Case("link then template", n -> "[[a|{{b|".repeat(n), 8));
        c.add(new Case("bold italic mix", n -> "'''a''b".repeat(n), 7));
        c.add(new Case("italic runs", n -> "''a".repeat(n), 3));
        c.add(new Case("b tag then bold", n -> "<b>x'''".repeat(n), 7));
        // 5. wide structures
        c.add(new Case("table rows", n -> "{|\n" + "|a||b||c\n|-\n".repeat(n) + "|}", 12));
        c.add(new Case("infobox parameters", n -> "{{Infobox x\n" + "|k=v\n".repeat(n) + "}}", 5));
        c.add(new Case("ref reuses", n -> "a<ref name=r>x</ref>" + "<ref name=r/>".repeat(n), 13));
        c.add(new Case("headings", n -> "== h ==\nx\n".repeat(n), 10));
        c.add(new Case("many refs", n -> "x<ref>y</ref>".repeat(n) + "\n<references/>", 13));
        // 6. long tokens
        c.add(new Case("long line", n -> "x".repeat(n), 1));
        c.add(new Case("spaces after heading", n -> "== h ==" + " ".repeat(n) + "\nx", 1));
        c.add(new Case("long URL", n -> "http://a.b/" + "c".repeat(n), 1));
        c.add(new Case("long template name", n -> "{{" + "n".repeat(n) + "}}", 1));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> everyClassEverySize() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            for (int kb : new int[] {1, 10, 100}) {
                int n = Math.max(1, kb * 1024 / c.unitLength());
                tests.add(DynamicTest.dynamicTest(c.name() + " ~" + kb + "KB", () -> {
                    String input = c.gen().apply(n);
                    Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> REFINER.parse(input, "P"));
                    for (Format f : Format.values()) {
                        assertThat(a.render(Variant.ZH, f)).isNotNull();
                    }
                    List<String> problems = OutputInvariants.check(input, a, Variant.ZH);
                    String printed = PRINTED_BY_MEDIAWIKI.get(c.name());
                    if (printed != null) {
                        problems.removeIf(p -> p.contains(printed));
                    }
                    assertThat(problems).isEmpty();
                }));
            }
        }
        return tests.stream();
    }
}
