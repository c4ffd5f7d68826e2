package org.wikirefine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * The real {@link DumpCommand#REFINER} processor end to end: the bundled sample with two variants, and every dump
 * in {@code fixtures/dumps} in every output format with the accounting checked.
 */
class DumpCommandRealRefinerTest {

    @TempDir
    Path tmp;

    @Test
    void bundledSampleWithTheRealRefiner() throws Exception {
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new DumpCommand().streams(System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
                .execute("--out", out.toString(), "--variant", "zh-hans", "--variant", "zh-tw", "--quiet",
                        "--stats", tmp.resolve("stats.json").toString(), "--page-timeout", "60");
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(log).isIn(0, 1);
        ObjectMapper m = new ObjectMapper();
        JsonNode man = m.readTree(out.resolve("manifest.json").toFile());
        assertThat(man.path("counts").path("balanced").asBoolean()).isTrue();
        assertThat(man.path("counts").path("read").asLong()).isEqualTo(188);
        long written = man.path("counts").path("written").asLong();
        assertThat(written).as(log).isGreaterThan(80);
        List<String> lines = Files.readAllLines(out.resolve("part-00000.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) (2 * written));
        for (int i = 0; i < lines.size(); i++) {
            JsonNode rec = m.readTree(lines.get(i));
            assertThat(rec.path("variant").asText()).isEqualTo(i % 2 == 0 ? "zh-hans" : "zh-tw");
            assertThat(rec.path("id").asLong()).isPositive();
        }
        JsonNode stats = m.readTree(tmp.resolve("stats.json").toFile());
        assertThat(stats.path("outcomes").path("written").asLong()).isEqualTo(written);
    }

    /** Every bundled dump (sample and real ones) in every format: accounting balanced, output valid UTF-8. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} as {1}")
    @org.junit.jupiter.params.provider.MethodSource("dumpsAndFormats")
    void everyDumpInEveryFormat(String dump, String format) throws Exception {
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new DumpCommand().streams(System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
                .execute("fixtures/dumps/" + dump, "--out", out.toString(), "--format", format, "--variant", "zh-hant",
                        "--quiet", "--page-timeout", "60");
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(log).isIn(0, 1);
        JsonNode counts = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).path("counts");
        long read = counts.path("read").asLong();
        assertThat(read).as(log).isPositive();
        assertThat(counts.path("written").asLong() + counts.path("filtered_total").asLong()
                + counts.path("errored_total").asLong()).isEqualTo(read);
        assertThat(counts.path("balanced").asBoolean()).isTrue();
        assertThat(counts.path("written").asLong()).isPositive();
        try (java.util.stream.Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                assertThat(org.wikirefine.fixtures.OutputInvariants.isStrictUtf8(Files.readAllBytes(f))).as(f.toString()).isTrue();
            }
        }
    }

    /** {@code --links}: internal links in Markdown point at the dump's wiki (its siteinfo's base URL). */
    @Test
    void linksInMarkdownFromTheDumpsSiteinfo() throws Exception {
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new DumpCommand().streams(System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
                .execute("fixtures/dumps/gensim-enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2",
                        "--out", out.toString(), "--format", "markdown", "--links", "--limit", "3", "--quiet");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isIn(0, 1);
        StringBuilder md = new StringBuilder();
        try (java.util.stream.Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                md.append(Files.readString(f));
            }
        }
        // [[Anarchism]]-style links: the label, then the page URL under the wiki's article path
        assertThat(md.toString()).containsPattern("\\]\\(https://en\\.wikipedia\\.org/wiki/[^)\\s]+\\)");
        assertThat(new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).path("options").path("links")
                .asBoolean()).isTrue();

        java.io.StringWriter usage = new java.io.StringWriter();
        int refused = new CommandLine(new DumpCommand().streams(System.out, System.err))
                .setErr(new java.io.PrintWriter(usage, true))
                .execute("--out", tmp.resolve("o2").toString(), "--links", "--quiet");
        assertThat(refused).isEqualTo(2);
        assertThat(usage.toString()).contains("--links").contains("--format markdown");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> dumpsAndFormats() {
        List<String> dumps = List.of("sample-multistream.xml.bz2", "gensim-bgwiki-latest-pages-articles-shortened.xml.bz2",
                "gensim-enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2", "gensim-enwiki-table-markup.xml.bz2");
        List<String> formats = List.of("jsonl", "text", "structured", "markdown");
        return dumps.stream().flatMap(d -> formats.stream().map(f -> org.junit.jupiter.params.provider.Arguments.of(d, f)));
    }
}
