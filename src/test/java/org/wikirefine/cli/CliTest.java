package org.wikirefine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run().code()).isEqualTo(Main.USAGE);
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.wiki");
        Files.writeString(f, "x");
        Result r = run("page", f.toString(), "--format", "pdf");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("unknown format 'pdf'");
    }

    @Test
    void unknownVariantIsAUsageError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.wiki");
        Files.writeString(f, "x");
        Result r = run("page", f.toString(), "--variant", "zh-xx");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("unknown variant 'zh-xx'");
    }

    @Test
    void missingFileIsAUsageError() {
        Result r = run("page", "/nonexistent/page.wiki");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void nonUtf8InputIsAUsageError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.wiki");
        Files.write(f, new byte[] {'a', (byte) 0xE9, 'b'});
        Result r = run("page", f.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("not valid UTF-8");
    }

    @Test
    void pageRendersStructuredWithTitleFromFileName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("阿勒颇_战役.wikitext");
        Files.writeString(f, "'''阿勒颇'''是城市。<ref>来源</ref>\n== 历史 ==\n古城。");
        Result r = run("page", f.toString(), "--format", "structured");
        assertThat(r.code()).isEqualTo(Main.OK);
        assertThat(r.out()).isEqualTo("= 阿勒颇 战役 =\n\n阿勒颇是城市。[1]\n\n== 历史 ==\n\n古城。\n\n1. 来源\n");
    }

    @Test
    void aByteOrderMarkDoesNotHideAFirstLineHeading(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.wiki");
        Files.write(f, "\uFEFF== H ==\nText.".getBytes(StandardCharsets.UTF_8));
        Result r = run("page", f.toString(), "--format", "structured");
        assertThat(r.out()).isEqualTo("= p =\n\n== H ==\n\nText.\n");
    }

    @Test
    void severalVariantsAndJsonLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.wiki");
        Files.writeString(f, "x");
        Result r = run("page", f.toString(), "--format", "json", "--variant", "zh,zh-tw");
        assertThat(r.code()).isEqualTo(Main.OK);
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("\"variant\":\"zh\"");
        assertThat(lines[1]).contains("\"variant\":\"zh-tw\"");
    }

    @Test
    void convertAppliesInlineRulesAndTheBaseTable(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.txt");
        // zh-tw falls back to the rule's zh-hant text; the base table converts the character 与 to 與.
        Files.writeString(f, "-{zh-hans:软件;zh-hant:軟體;}-与");
        Result r = run("convert", "--variant", "zh-tw", f.toString());
        assertThat(r.code()).isEqualTo(Main.OK);
        assertThat(r.out()).isEqualTo("軟體與");
    }

    @Test
    void convertToMainlandLeavesMainlandVocabularyAlone(@TempDir Path dir) throws Exception {
        // oracle (MediaWiki 1.39 zh-cn, zh-sg, zh-my): none of these words changes; issue 12 found 程序→进程, 文件→文档
        String text = "程序设计需要建立文件；核心、通道、支援、参考资料；程序员写程序；他著有一本著名的书。";
        Path f = dir.resolve("t.txt");
        Files.writeString(f, text);
        for (String variant : new String[] {"zh-cn", "zh-sg", "zh-my"}) {
            Result r = run("convert", "--variant", variant, f.toString());
            assertThat(r.code()).isEqualTo(Main.OK);
            assertThat(r.out()).as(variant).isEqualTo(text);
        }
    }

    @Test
    void convertNeedsAKnownVariant() {
        assertThat(run("convert", "--variant", "zh-xx").code()).isEqualTo(Main.USAGE);
        assertThat(run("convert").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void templatesListsUnknownTemplatesOfADump() {
        Result r = run("templates", "fixtures/dumps/sample-multistream.xml.bz2", "--top", "3");
        assertThat(r.code()).isEqualTo(Main.OK);
        // The sample's 92 articles (ns 0, no redirects); unknown templates are counted, the most frequent first.
        assertThat(r.out()).startsWith("# 92 pages, ");
        assertThat(r.out().lines().count()).isBetween(1L, 4L);
    }

    @Test
    void aUsageErrorIsOneLineAndAHintNotTheWholeUsage() {
        Result r = run("dump", "--threads", "0", "--out", "-");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).isEqualTo("wikirefine dump: --threads must be between 1 and 512\n"
                + "Try 'wikirefine dump --help' for more information.\n");
        Result unknown = run("page", "--formt", "json", "x.wiki");
        assertThat(unknown.code()).isEqualTo(Main.USAGE);
        assertThat(unknown.err()).contains("Unknown option").contains("'--formt'").contains("--format")
                .contains("Try 'wikirefine page --help'");
        assertThat(unknown.err().lines().count()).isLessThan(6);
    }

    @Test
    void dumpOfAFolderSaysItIsAFolder(@TempDir Path dir) {
        Result r = run("dump", dir.toString(), "--out", "-");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("is a directory");
    }

    @Test
    void unsupportedCompressionIsAUsageError(@TempDir Path dir) throws Exception {
        Path xz = dir.resolve("x.xml.xz");
        Files.write(xz, new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0, 0, 0});
        Result r = run("dump", xz.toString(), "--out", "-", "--quiet");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("UNSUPPORTED_COMPRESSION").contains("xz -dc");
    }

    @Test
    void pageAndDumpTakeTheSameFormatNames(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.wiki");
        Files.writeString(f, "x");
        for (String name : new String[] {"jsonl", "md", "txt", "structured"}) {
            assertThat(run("page", f.toString(), "--format", name).code()).as(name).isEqualTo(Main.OK);
        }
        Result bad = run("dump", "--format", "pdf", "--out", "-");
        assertThat(bad.err()).contains("unknown format 'pdf' (expected text, structured, markdown or json");
    }

    @Test
    void versionNamesTheBuildAndItsCommit() {
        Result r = run("--version");
        assertThat(r.code()).isEqualTo(Main.OK);
        // the build resource is written by Maven (process-resources) before any test runs
        assertThat(r.out()).startsWith("wikirefine " + org.wikirefine.internal.BuildInfo.current().version() + " (commit ")
                .doesNotContain("development build");
        assertThat(org.wikirefine.internal.BuildInfo.current().version()).isNotEqualTo("unknown");
    }

    @Test
    void dumpTakesCommaSeparatedVariantsLikePage(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("one.xml");
        Files.writeString(in, "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">"
                + "<page><title>软件</title><ns>0</ns><id>1</id><revision><id>1</id><text>软件</text></revision></page>"
                + "</mediawiki>");
        Result r = run("dump", in.toString(), "--out", "-", "--quiet", "--no-site-data", "--variant", "zh-hans,zh-tw");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.out().lines().toList()).hasSize(2);
        assertThat(r.out()).contains("\"variant\":\"zh-hans\"").contains("\"variant\":\"zh-tw\"");
    }

    @Test
    void manifestAndStatsRecordTheBuildAndTheConversionBase(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("one.xml");
        Files.writeString(in, "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">"
                + "<page><title>A</title><ns>0</ns><id>1</id><revision><id>1</id><text>a</text></revision></page>"
                + "</mediawiki>");
        Path out = dir.resolve("out");
        Path stats = dir.resolve("stats.json");
        Result r = run("dump", in.toString(), "--out", out.toString(), "--quiet", "--no-site-data",
                "--stats", stats.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        var build = org.wikirefine.internal.BuildInfo.current();
        for (Path file : new Path[] {out.resolve("manifest.json"), stats}) {
            var tool = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).path("tool");
            assertThat(tool.path("version").asText()).as(file.toString()).isEqualTo(build.version());
            assertThat(tool.path("commit").asText()).isEqualTo(build.commit());
            assertThat(tool.path("conversion_base").path("kind").asText()).isEqualTo("opencc");
            assertThat(tool.path("conversion_base").path("opencc4j").asText()).matches("\\d+\\.\\d+\\.\\d+");
        }
    }
}
