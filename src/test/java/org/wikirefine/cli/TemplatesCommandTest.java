package org.wikirefine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class TemplatesCommandTest {

    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new TemplatesCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void scanListsUnknownTemplatesByFrequency() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.wikitext"), "{{Mystery}}{{nowrap|x}}{{Mystery|1}}{{Other}}{{#if:a|b}}");
        Files.writeString(dir.resolve("sub/b.wiki"), "{{lang-en|Foo}}{{Other}}{{Mystery}}");
        Files.writeString(dir.resolve("sub/ignored.json"), "{{Nope}}");
        String[] r = run(dir.toString(), "--scan", "--top", "5");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("# 2 pages, 7 template calls, 5 unknown (28.6 % handled)");
        assertThat(r[1]).containsSubsequence("3\tMystery", "2\tOther");
        assertThat(r[1]).doesNotContain("Nope").doesNotContain("#if");
        assertThat(run(dir.toString(), "--scan", "--top", "1")[1]).doesNotContain("Other");
    }

    @Test
    void usageErrors() {
        assertThat(run(dir.resolve("missing").toString(), "--scan")[0]).isEqualTo("2");
        assertThat(run(dir.toString(), "--scan", "--profile", "xxwiki")[0]).isEqualTo("2");
    }

    @Test
    void titlesFromFileNames() {
        assertThat(TemplatesCommand.title(Path.of("x/dot_NET_Micro_Framework.wikitext"))).isEqualTo(".NET Micro Framework");
    }
}
