package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The reader → workers → ordered writer pipeline, driven through the CLI with fake processors. */
class DumpPipelineTest {

    @TempDir
    Path tmp;

    @AfterEach
    void releaseHangs() {
        FakeProcessor.release = true;   // let abandoned busy loops end
    }

    private Path xml(List<TestDumps.P> pages) throws Exception {
        Path f = tmp.resolve("d" + System.nanoTime() + ".xml");
        Files.writeString(f, TestDumps.xml(pages));
        return f;
    }

    @Test
    void outputIsInDumpOrderAndIdenticalForAnyThreadCount() throws Exception {
        var ms = TestDumps.multistream(tmp, "m", TestDumps.pages(400), 25);
        Path o1 = tmp.resolve("o1");
        Path o4 = tmp.resolve("o4");
        assertThat(Cli.fake(ms.dump().toString(), "--out", o1.toString(), "--threads", "1", "--variant", "zh-hans",
                "--variant", "zh-tw", "--split-mb", "0.01").exit()).isZero();
        assertThat(Cli.fake(ms.dump().toString(), "--out", o4.toString(), "--threads", "4", "--variant", "zh-hans",
                "--variant", "zh-tw", "--split-mb", "0.01").exit()).isZero();
        List<JsonNode> recs = Cli.records(o1);
        assertThat(recs).hasSize(800);
        for (int i = 0; i < 800; i++) {
            assertThat(recs.get(i).path("id").asLong()).isEqualTo(i / 2 + 1);
            assertThat(recs.get(i).path("variant").asText()).isEqualTo(i % 2 == 0 ? "zh-hans" : "zh-tw");
        }
        assertThat(Cli.manifest(o1).path("parts").size()).isGreaterThan(3);
        assertThat(Files.readAllBytes(o1.resolve("manifest.json"))).isEqualTo(Files.readAllBytes(o4.resolve("manifest.json")));
        for (JsonNode p : Cli.manifest(o1).path("parts")) {
            String n = p.path("name").asText();
            assertThat(Files.readAllBytes(o4.resolve(n))).isEqualTo(Files.readAllBytes(o1.resolve(n)));
        }
    }

    @Test
    void stuckPageBecomesTimeoutAndTheRunGoesOn() throws Exception {
        FakeProcessor.release = false;
        List<TestDumps.P> pages = new ArrayList<>(TestDumps.pages(30));
        pages.set(4, TestDumps.P.of(5, "HANG here", "x"));
        Path out = tmp.resolve("out");
        long t0 = System.nanoTime();
        Cli.Run r = Cli.fake(xml(pages).toString(), "--out", out.toString(), "--threads", "2",
                "--page-timeout", "1");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.exit()).as(r.stderr()).isEqualTo(1);
        assertThat(ms).isLessThan(10_000);
        List<JsonNode> errs = Cli.errors(out.resolve("errors.jsonl"));
        assertThat(errs).singleElement().satisfies(e -> {
            assertThat(e.path("id").asLong()).isEqualTo(5);
            assertThat(e.path("reason").asText()).isEqualTo("TIMEOUT");
            assertThat(e.path("stage").asText()).isEqualTo("process");
        });
        assertThat(Cli.records(out)).hasSize(29);
        assertThat(r.stderr()).contains("abandoned");
    }

    @Test
    void tooManyStuckWorkersEndTheRunAsFatal() throws Exception {
        FakeProcessor.release = false;
        List<TestDumps.P> pages = new ArrayList<>(TestDumps.pages(20));
        for (int i = 2; i < 6; i++) {
            pages.set(i, TestDumps.P.of(i + 1, "HANG " + i, "x"));
        }
        Path out = tmp.resolve("out");
        Cli.Run r = Cli.fake(xml(pages).toString(), "--out", out.toString(), "--threads", "2",
                "--page-timeout", "0.3", "--max-stuck", "2");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.stderr()).contains("stuck");
        assertThat(Files.exists(out.resolve("manifest.json"))).isFalse();
    }

    @Test
    void crashesBecomeErrorRecords() throws Exception {
        List<TestDumps.P> pages = new ArrayList<>(TestDumps.pages(10));
        pages.set(1, TestDumps.P.of(2, "BOOM", "x"));
        pages.set(3, TestDumps.P.of(4, "DEEP", "x"));
        pages.set(5, TestDumps.P.of(6, "SURR", "x"));
        pages.set(7, TestDumps.P.of(8, "HEAVY", "x"));
        Path out = tmp.resolve("out");
        Cli.Run r = Cli.fake(xml(pages).toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        List<JsonNode> errs = Cli.errors(out.resolve("errors.jsonl"));
        assertThat(errs).extracting(e -> e.path("id").asLong() + ":" + e.path("reason").asText())
                .containsExactly("2:EXCEPTION", "4:STACK_OVERFLOW", "6:INVALID_OUTPUT", "8:WORK_BUDGET_EXCEEDED");
        assertThat(Cli.records(out)).hasSize(6);
        // no lone surrogate, escaped or raw, reached the output
        for (JsonNode p : Cli.manifest(out).path("parts")) {
            String s = Files.readString(out.resolve(p.path("name").asText()));
            assertThat(s).doesNotContain("\\ud800").doesNotContain("\\uD800");
        }
    }

    @Test
    void filtersDuplicatesAndLimitAreAccounted() throws Exception {
        List<TestDumps.P> pages = new ArrayList<>(TestDumps.pages(10));
        pages.add(new TestDumps.P(11, 10, "Template:X", "t", null, null));
        pages.add(new TestDumps.P(12, 0, "Redir", "#REDIRECT [[Page 1]]", "Page 1", null));
        pages.add(TestDumps.P.of(3, "Page 3 again", "dup"));
        Path in = xml(pages);
        Path out = tmp.resolve("out");
        Cli.Run r = Cli.fake(in.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode c = Cli.manifest(out).path("counts");
        assertThat(c.path("read").asLong()).isEqualTo(13);
        assertThat(c.path("written").asLong()).isEqualTo(10);
        assertThat(c.path("filtered").path("namespace").asLong()).isEqualTo(1);
        assertThat(c.path("filtered").path("redirect").asLong()).isEqualTo(1);
        assertThat(c.path("errored").path("DUPLICATE_ID").asLong()).isEqualTo(1);
        assertThat(c.path("balanced").asBoolean()).isTrue();

        Path keep = tmp.resolve("keep");
        assertThat(Cli.fake(in.toString(), "--out", keep.toString(), "--ns", "0,10", "--redirects", "keep").exit())
                .isEqualTo(1);
        assertThat(Cli.manifest(keep).path("counts").path("written").asLong()).isEqualTo(12);

        Path lim = tmp.resolve("lim");
        assertThat(Cli.fake(in.toString(), "--out", lim.toString(), "--limit", "4").exit()).isZero();
        assertThat(Cli.manifest(lim).path("counts").path("read").asLong()).isEqualTo(4);
        assertThat(Cli.manifest(lim).path("limited").asBoolean()).isTrue();
    }

    @Test
    void stdoutModeAndTextFormat() throws Exception {
        Path in = xml(TestDumps.pages(3));
        Cli.Run r = Cli.run(vs -> p -> new PageProcessor.Result(
                vs.stream().map(v -> new PageProcessor.Output(v, "Body of " + p.title() + "\n\n")).toList(),
                List.of(), List.of()), in.toString(), "--out", "-", "--format", "text");
        assertThat(r.exit()).isZero();
        assertThat(r.stdout()).isEqualTo("<doc id=\"1\" title=\"Page 1\" variant=\"zh\">\nBody of Page 1\n</doc>\n"
                + "<doc id=\"2\" title=\"Page 2\" variant=\"zh\">\nBody of Page 2\n</doc>\n"
                + "<doc id=\"3\" title=\"Page 3\" variant=\"zh\">\nBody of Page 3\n</doc>\n");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path in = xml(TestDumps.pages(1));
        assertThat(Cli.fake(in.toString(), "--format", "pdf").exit()).isEqualTo(2);
        assertThat(Cli.fake(in.toString(), "--variant", "xx-yy").exit()).isEqualTo(2);
        assertThat(Cli.fake(tmp.resolve("missing.xml").toString()).exit()).isEqualTo(2);
        assertThat(Cli.fake(in.toString(), "--out", "-", "--resume").exit()).isEqualTo(2);
        assertThat(Cli.fake(in.toString(), "--bogus").exit()).isEqualTo(2);
    }

    @Test
    void statsFileCountsDiagnosticsAndUnknownTemplates() throws Exception {
        List<TestDumps.P> pages = List.of(TestDumps.P.of(1, "A", "{{x}}"), TestDumps.P.of(2, "B", "plain"));
        Path stats = tmp.resolve("s/stats.json");
        assertThat(Cli.fake(xml(pages).toString(), "--out", tmp.resolve("o").toString(), "--stats", stats.toString())
                .exit()).isZero();
        JsonNode s = Json.MAPPER.readTree(stats.toFile());
        assertThat(s.path("diagnostics").path("FAKE_DIAG").asLong()).isEqualTo(2);
        assertThat(s.path("top_unknown_templates").get(0).path("name").asText()).isEqualTo("Unknown tpl");
        assertThat(s.path("top_unknown_templates").get(0).path("count").asLong()).isEqualTo(1);
        assertThat(s.path("outcomes").path("written").asLong()).isEqualTo(2);
        assertThat(s.path("throughput").path("xml_bytes").asLong()).isPositive();
    }

    @Test
    void progressLogLinesHaveNoCarriageReturnOrAnsi() throws Exception {
        var bo = new java.io.ByteArrayOutputStream();
        Progress p = new Progress(new java.io.PrintStream(bo, true, "UTF-8"), false, 20);
        Path in = xml(TestDumps.pages(5));
        try (DumpSource src = DumpSources.open(in, null, false, 1, true)) {
            RunState st = new RunState();
            p.started(src, st);
            Thread.sleep(120);
            p.finished();
        }
        String s = bo.toString("UTF-8");
        assertThat(s).contains("[progress]").contains("pages/s").contains("MB/s");
        assertThat(s).doesNotContain("\r").doesNotContain("\u001b");
    }

    @Test
    void inputChecksumIsVerifiedBeforeReading() throws Exception {
        Path in = xml(TestDumps.pages(3));
        byte[] bytes = Files.readAllBytes(in);
        String sha1 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(bytes));
        Path sums = tmp.resolve("sha1sums.txt");
        Files.writeString(sums, "0123  other.xml\n" + sha1 + "  " + in.getFileName() + "\n");
        assertThat(Cli.fake(in.toString(), "--out", tmp.resolve("ok").toString(), "--checksums", sums.toString())
                .exit()).isZero();
        bytes[bytes.length / 2] ^= 1;
        Files.write(in, bytes);
        Path out = tmp.resolve("bad");
        Cli.Run r = Cli.fake(in.toString(), "--out", out.toString(), "--checksums", sums.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.stderr()).contains("SHA-1 of");
        assertThat(Files.exists(out)).isFalse();
    }
}
