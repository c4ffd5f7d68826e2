package org.wikirefine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wikirefine.BaseConversion;
import org.wikirefine.Variant;

/**
 * Runs MediaWiki's zh LanguageConverter parser tests (fixtures/conformance, GPL test data) through the session.
 * The wikitext is treated as already-rendered text; the only pre-rendering done here is what the lead's renderer
 * does before conversion and is trivial: comments removed, {@code <code>}/{@code <pre>} turned into code marks,
 * behaviour switches and {@code {{DISPLAYTITLE:}}} passed as session options. Cases that need the real
 * wikitext parser run through the whole pipeline in {@link PipelineConformanceTest}.
 */
class ConformanceTest {

    static final Path DIR = Path.of("fixtures/conformance");

    static final ZhVariantConverter MW_POLICY =
            ZhVariantConverter.create(BaseConversion.openCc(), RuleErrorPolicy.MEDIAWIKI_MESSAGE);

    record Outcome(String text, String title) {
    }

    static Map<String, String> knownFailures() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("known-failures.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            m.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return m;
    }

    static String id(JsonNode c) {
        String v = c.path("variant").isNull() ? "zh" : c.path("variant").asText();
        return c.path("file").asText() + " :: " + c.path("test").asText() + " :: " + v;
    }

    private static final Pattern PARSER_SYNTAX = Pattern.compile(
            "\\[\\[|\\[https?:|''|\\{\\{(?!DISPLAYTITLE:)|(?m)^\\{\\||(?m)^[;*#:=]|<nowiki|<langconvert|<ref");

    /** True when the case cannot be judged without the wikitext parser (links, lists, tables, templates…). */
    static boolean needsParser(String wikitext) {
        return PARSER_SYNTAX.matcher(wikitext).find();
    }

    static Outcome run(ZhVariantConverter vc, String wikitext, Variant v, String pageTitle) {
        String text = wikitext.replaceAll("(?s)<!--.*?-->", "");
        boolean nocc = false;
        boolean notc = false;
        if (text.contains("__NOCONTENTCONVERT__") || text.contains("__NOCC__")) {
            nocc = true;
            text = text.replace("__NOCONTENTCONVERT__", "").replace("__NOCC__", "");
        }
        if (text.contains("__NOTITLECONVERT__") || text.contains("__NOTC__")) {
            notc = true;
            text = text.replace("__NOTITLECONVERT__", "").replace("__NOTC__", "");
        }
        String displayTitle = null;
        Matcher dm = Pattern.compile("\\{\\{DISPLAYTITLE:(.*?)\\}\\}").matcher(text);
        if (dm.find()) {
            displayTitle = dm.group(1);
            text = dm.replaceAll("");
        }
        text = codeMarks(text);
        ConversionSession s = vc.open(v, nocc, notc);
        String out = s.convert(text);
        String title = s.title(pageTitle == null ? "Parser test" : pageTitle, displayTitle);
        return new Outcome(out, title);
    }

    /** {@code <code>…</code>} and {@code <pre>…</pre>} become code marks, as the renderer will hand them over. */
    static String codeMarks(String s) {
        return s.replaceAll("(?s)<(code|pre)(?:\\s[^>]*)?>", String.valueOf(ConversionMarks.CODE_START))
                .replaceAll("</(code|pre)>", String.valueOf(ConversionMarks.CODE_END));
    }

    /** Plain text of HTML: tags dropped, a few entities decoded, all whitespace runs collapsed to one space. */
    static String normalise(String html) {
        String s = html.replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#039;", "'")
                .replace("&#160;", " ").replace("&nbsp;", " ").replace("&alpha;", "α").replace("&uuml;", "ü")
                .replace("&amp;", "&");
        s = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);").matcher(s).replaceAll(m -> {
            String n = m.group(1);
            int cp = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            return Matcher.quoteReplacement(new String(Character.toChars(cp)));
        });
        return s.replaceAll("[\\s\\u00A0]+", " ").trim();
    }

    @TestFactory
    Stream<DynamicTest> parserTests() throws IOException {
        JsonNode cases = new ObjectMapper().readTree(DIR.resolve("zh-langconv-parsertest-cases.json").toFile());
        Map<String, String> known = knownFailures();
        List<DynamicTest> tests = new ArrayList<>();
        int[] counts = new int[3];
        for (JsonNode c : cases) {
            String id = id(c);
            String wikitext = c.path("wikitext").asText();
            Variant v = c.path("variant").isNull() ? Variant.ZH : Variant.fromCode(c.path("variant").asText()).orElseThrow();
            String reason = known.get(id);
            if (needsParser(wikitext)) {
                continue; // run through the whole pipeline by PipelineConformanceTest
            }
            tests.add(DynamicTest.dynamicTest(id, () -> {
                Assumptions.assumeFalse(c.path("expected_html_php").isNull(), "Parsoid-only test: no html/php expectation");
                Outcome o = run(MW_POLICY, wikitext, v, c.path("page_title").isNull() ? null : c.path("page_title").asText());
                boolean textOk = normalise(o.text()).equals(normalise(c.path("expected_html_php").asText()));
                boolean titleOk = c.path("expected_title_meta").isNull()
                        || normalise(o.title()).equals(normalise(c.path("expected_title_meta").asText()));
                if (reason != null) {
                    // A known failure that now passes must be removed from the list (the list only shrinks).
                    assertThat(textOk && titleOk).as("known failure now passes, remove it: " + id).isFalse();
                    Assumptions.abort("known failure: " + reason);
                }
                assertThat(normalise(o.text())).as("text of " + id).isEqualTo(normalise(c.path("expected_html_php").asText()));
                if (!c.path("expected_title_meta").isNull()) {
                    assertThat(normalise(o.title())).as("title of " + id)
                            .isEqualTo(normalise(c.path("expected_title_meta").asText()));
                }
            }));
        }
        return tests.stream();
    }

    /** LanguageZhTest base-table cases (7 inputs x 9 variants) under the OpenCC base, where OpenCC should agree. */
    @TestFactory
    Stream<DynamicTest> baseTableCases() throws IOException {
        JsonNode cases = new ObjectMapper().readTree(DIR.resolve("tricky-examples.json").toFile());
        Map<String, String> known = knownFailures();
        ZhVariantConverter vc = ZhVariantConverter.create(BaseConversion.openCc());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            if (!c.path("source").asText().contains("LanguageZhTest")) {
                continue;
            }
            String input = c.path("wikitext").asText();
            c.path("expected").properties().forEach(e -> {
                String id = "LanguageZhTest :: " + input + " :: " + e.getKey();
                tests.add(DynamicTest.dynamicTest(id, () -> {
                    Variant v = Variant.fromCode(e.getKey()).orElseThrow();
                    String got = vc.open(v, false, false).convert(input);
                    String reason = known.get(id);
                    if (reason != null) {
                        assertThat(got).as("known failure now passes, remove it: " + id).isNotEqualTo(e.getValue().asText());
                        Assumptions.abort("known failure: " + reason);
                    }
                    assertThat(got).as(id).isEqualTo(e.getValue().asText());
                }));
            });
        }
        return tests.stream();
    }

    /** The same 63 cases with the user's MediaWiki table (Debian's package), where it is installed: all must pass. */
    @TestFactory
    Stream<DynamicTest> baseTableCasesWithMediaWikiTable() throws IOException {
        Path php = Path.of("/usr/share/mediawiki/includes/languages/data/ZhConversion.php");
        JsonNode cases = new ObjectMapper().readTree(DIR.resolve("tricky-examples.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            if (!c.path("source").asText().contains("LanguageZhTest")) {
                continue;
            }
            String input = c.path("wikitext").asText();
            c.path("expected").properties().forEach(e -> tests.add(DynamicTest.dynamicTest(
                    "LanguageZhTest (MediaWiki table) :: " + input + " :: " + e.getKey(), () -> {
                        Assumptions.assumeTrue(Files.exists(php), "no MediaWiki ZhConversion.php installed");
                        ZhVariantConverter vc = ZhVariantConverter.create(BaseConversion.mediaWikiTable(php));
                        Variant v = Variant.fromCode(e.getKey()).orElseThrow();
                        assertThat(vc.open(v, false, false).convert(input)).isEqualTo(e.getValue().asText());
                    })));
        }
        return tests.stream();
    }
}
