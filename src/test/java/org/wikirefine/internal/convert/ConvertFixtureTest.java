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
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wikirefine.BaseConversion;
import org.wikirefine.Diagnostic;
import org.wikirefine.Variant;

/**
 * Runs the readable fixtures in {@code fixtures/convert/*.txt}: the {@code !! wikitext} is treated as one
 * already-rendered segment (noteTA calls expanded through {@link NoteTaHandler}); {@code !! text/<variant>} and
 * {@code !! title/<variant>} sections are compared with whitespace collapsed and basic entities decoded.
 * Options: {@code variants=a,b} (informative), {@code title=} page title, {@code base=mediawiki} to require the
 * MediaWiki table (skipped when absent), {@code policy=} a {@link RuleErrorPolicy}.
 */
class ConvertFixtureTest {

    static final Path DIR = Path.of("fixtures/convert");
    static final Path MW_TABLE = Path.of("/usr/share/mediawiki/includes/languages/data/ZhConversion.php");

    /** The groups the fixtures use; Module:CGroup/FixtureDemo holds the same items on the oracle wiki. */
    static final CGroupLibrary GROUPS = CGroupLibrary.of(List.of(new CGroup("FixtureDemo", "FixtureDemo",
            "Module:CGroup/FixtureDemo", "fixture group", List.of(
                    "zh-cn:软件; zh-tw:軟體; zh-hk:軟件;",
                    "zh-cn:打印机; zh-tw:印表機;",
                    "鼠标=>zh-tw:滑鼠;鼠标=>zh-hk:滑鼠;",
                    "zh-hans:阿勒颇;zh-hant:阿勒坡;zh-hk:阿勒頗;"))));

    record Case(String file, String title, Map<String, String> options, String wikitext, Map<String, String> sections, int line) {
    }

    static List<Case> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Case> out = new ArrayList<>();
        Map<String, StringBuilder> secs = null;
        String current = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("!! ")) {
                String name = l.substring(3).trim();
                if (name.equals("test")) {
                    secs = new LinkedHashMap<>();
                    start = i + 1;
                } else if (name.equals("end")) {
                    if (secs == null) {
                        throw new IllegalStateException(file + ":" + (i + 1) + ": !! end without !! test");
                    }
                    Map<String, String> opts = new LinkedHashMap<>();
                    for (String kv : secs.getOrDefault("options", new StringBuilder()).toString().trim().split("\\s+")) {
                        int eq = kv.indexOf('=');
                        if (eq > 0) {
                            opts.put(kv.substring(0, eq), kv.substring(eq + 1));
                        }
                    }
                    Map<String, String> expected = new LinkedHashMap<>();
                    for (Map.Entry<String, StringBuilder> e : secs.entrySet()) {
                        if (e.getKey().startsWith("text/") || e.getKey().startsWith("title/")) {
                            expected.put(e.getKey(), e.getValue().toString());
                        } else if (!List.of("test", "options", "wikitext").contains(e.getKey())) {
                            throw new IllegalStateException(file + ":" + start + ": unknown section " + e.getKey());
                        }
                    }
                    String wt = secs.get("wikitext").toString();
                    out.add(new Case(file.getFileName().toString(), secs.get("test").toString().trim(), opts,
                            wt.endsWith("\n") ? wt.substring(0, wt.length() - 1) : wt, expected, start));
                    secs = null;
                    current = null;
                    continue;
                } else if (secs == null) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": section outside a test");
                }
                current = name;
                secs.put(current, new StringBuilder());
            } else if (secs != null && current != null) {
                secs.get(current).append(l).append('\n');
            } else if (current == null && secs != null && !l.isBlank()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": text before the first section");
            }
        }
        return out;
    }

    static String collapse(String s) {
        return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replaceAll("[\\s\\u00A0]+", " ").trim();
    }

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (Case c : read(f)) {
                    for (Map.Entry<String, String> e : c.sections().entrySet()) {
                        String[] kind = e.getKey().split("/", 2);
                        Variant v = Variant.fromCode(kind[1]).orElseThrow();
                        tests.add(DynamicTest.dynamicTest(c.file() + ":" + c.line() + " " + c.title() + " [" + e.getKey() + "]", () -> {
                            BaseConversion base = BaseConversion.openCc();
                            if ("mediawiki".equals(c.options().get("base"))) {
                                Assumptions.assumeTrue(Files.exists(MW_TABLE), "MediaWiki table not installed");
                                base = BaseConversion.mediaWikiTable(MW_TABLE);
                            }
                            RuleErrorPolicy policy = RuleErrorPolicy.valueOf(
                                    c.options().getOrDefault("policy", RuleErrorPolicy.FIRST_VALUE_CONVERTED.name()));
                            List<Diagnostic> diags = new ArrayList<>();
                            String segment = MiniTemplates.expandNoteTa(c.wikitext(), new NoteTaHandler(GROUPS), diags);
                            ConversionSession s = ZhVariantConverter.create(base, policy).open(v, false, false);
                            String text = s.convert(segment);
                            if (kind[0].equals("text")) {
                                assertThat(collapse(text)).isEqualTo(collapse(e.getValue()));
                            } else {
                                assertThat(collapse(s.title(c.options().get("title"), null))).isEqualTo(collapse(e.getValue()));
                            }
                        }));
                    }
                }
            }
        }
        return tests.stream();
    }
}
