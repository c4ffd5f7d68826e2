package org.wikirefine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wikirefine.Article;
import org.wikirefine.Format;
import org.wikirefine.RenderOptions;
import org.wikirefine.Variant;
import org.wikirefine.WikiRefine;

/**
 * The language-converter parser tests that need the wikitext parser (links, lists, tables, templates…), run
 * through the whole pipeline: parse, render, convert. Compared as text like {@link ConformanceTest}: the expected
 * HTML with tags dropped and whitespace collapsed against our {@code text} output collapsed the same way. Cases we
 * do not pass are listed in {@code fixtures/conformance/known-failures-pipeline.txt} with the reason.
 */
class PipelineConformanceTest {

    static Map<String, String> knownFailures() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ConformanceTest.DIR.resolve("known-failures-pipeline.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            m.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return m;
    }

    @TestFactory
    Stream<DynamicTest> casesNeedingTheParser() throws IOException {
        JsonNode cases = new ObjectMapper().readTree(ConformanceTest.DIR.resolve("zh-langconv-parsertest-cases.json").toFile());
        Map<String, String> known = knownFailures();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            String wikitext = c.path("wikitext").asText();
            if (!ConformanceTest.needsParser(wikitext)) {
                continue;
            }
            String id = ConformanceTest.id(c);
            Variant v = c.path("variant").isNull() ? Variant.ZH : Variant.fromCode(c.path("variant").asText()).orElseThrow();
            tests.add(DynamicTest.dynamicTest(id, () -> {
                Assumptions.assumeFalse(c.path("expected_html_php").isNull(), "Parsoid-only test: no html/php expectation");
                String title = c.path("page_title").isNull() ? "Parser test" : c.path("page_title").asText();
                Article a = WikiRefine.refiner().parse(wikitext, title);
                String got = ConformanceTest.normalise(a.render(v, Format.TEXT, RenderOptions.defaults().withReferences(false)));
                String expected = ConformanceTest.normalise(c.path("expected_html_php").asText());
                String reason = known.get(id);
                if (reason != null) {
                    assertThat(got).as("known failure now passes, remove it: " + id).isNotEqualTo(expected);
                    Assumptions.abort("known failure: " + reason);
                }
                assertThat(got).as(id).isEqualTo(expected);
            }));
        }
        return tests.stream();
    }
}
