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
}
