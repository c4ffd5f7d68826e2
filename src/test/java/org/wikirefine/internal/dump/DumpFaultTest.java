package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Damaged inputs (reliability.md A1-A4, E1): a damaged bz2 stream costs exactly its own pages, which become
 * error records named from the index; every other page comes out as in an undamaged run; accounting balances.
 */
class DumpFaultTest {

    static final int PAGES = 300;
    static final int PER_STREAM = 20;

    @TempDir
    static Path dir;
    static TestDumps.Multistream ms;
    static Map<Long, String> golden = new HashMap<>();
    static long footerStart;

    @BeforeAll
    static void build() throws Exception {
        ms = TestDumps.multistream(dir, "golden", TestDumps.pages(PAGES), PER_STREAM);
        footerStart = ms.bytes().length - TestDumps.bz2(TestDumps.FOOT).length;
        Path out = dir.resolve("golden-out");
        Cli.Run r = Cli.fake(ms.dump().toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        for (JsonNode n : Cli.records(out)) {
            golden.put(n.path("id").asLong(), n.toString());
        }
        assertThat(golden).hasSize(PAGES);
    }

    /** Copies damaged bytes plus the intact index to a fresh name and runs the CLI on it. */
    static Result runOn(String name, byte[] bytes, boolean withIndex) throws Exception {
        Path d = dir.resolve(name);
        Files.createDirectories(d);
        Path dump = d.resolve(name + ".xml.bz2");
        Files.write(dump, bytes);
        if (withIndex) {
            Files.copy(ms.index(), d.resolve(name + "-index.txt.bz2"));
        }
        Path out = d.resolve("out");
        Cli.Run r = Cli.fake(dump.toString(), "--out", out.toString(), "--threads", "2");
        return new Result(r, Cli.manifest(out), Cli.records(out), Cli.errors(out.resolve("errors.jsonl")));
    }

    record Result(Cli.Run run, JsonNode manifest, List<JsonNode> records, List<JsonNode> errors) {
        Set<Long> errorIds() {
            Set<Long> s = new HashSet<>();
            for (JsonNode e : errors) {
                if (!e.path("id").isNull()) {
                    s.add(e.path("id").asLong());
                }
            }
            return s;
        }

        /** A1: read = written + filtered + errored, every id exactly once across records and errors. */
        void assertAccounting(long expectedRead) {
            JsonNode c = manifest.path("counts");
            assertThat(c.path("balanced").asBoolean()).isTrue();
            assertThat(c.path("read").asLong()).isEqualTo(expectedRead);
            List<Long> ids = new ArrayList<>();
            records.forEach(n -> ids.add(n.path("id").asLong()));
            errors.stream().filter(e -> !e.path("id").isNull()).forEach(e -> ids.add(e.path("id").asLong()));
            assertThat(ids).doesNotHaveDuplicates();
            for (JsonNode n : records) {
                assertThat(n.toString()).isEqualTo(golden.get(n.path("id").asLong()));
            }
        }
    }

    static Set<Long> idsOfStream(int s) {
        Set<Long> out = new HashSet<>();
        LongStream.rangeClosed(s * PER_STREAM + 1L, (s + 1L) * PER_STREAM).forEach(out::add);
        return out;
    }

    static long streamEnd(int s) {
        return s + 1 < ms.streamOffsets().length ? ms.streamOffsets()[s + 1] : footerStart;
    }

    static List<Long> cuts() {
        // fixed cuts at the edges plus seeded random ones (reliability.md A2)
        List<Long> c = new ArrayList<>();
        TestDumps.Multistream m = ms;
        c.add(10L);                                   // inside the header stream
        c.add(m.streamOffsets()[5]);                  // exactly at a stream boundary
        c.add(m.streamOffsets()[7] + 50);             // inside stream 7
        c.add(footerStart + 3);                       // inside the footer: every page intact
        Random rnd = new Random(20261121);
        for (int i = 0; i < 4; i++) {
            c.add(m.streamOffsets()[0] + (long) (rnd.nextDouble() * (footerStart - m.streamOffsets()[0])));
        }
        return c;
    }

    @ParameterizedTest(name = "truncated at {0}")
    @MethodSource("cuts")
    void truncatedMultistreamLosesOnlyBrokenAndMissingStreams(long cut) throws Exception {
        byte[] b = java.util.Arrays.copyOf(ms.bytes(), (int) cut);
        Result r = runOn("cut" + cut, b, true);
        Set<Long> expectedErrors = new HashSet<>();
        for (int s = 0; s < ms.streamOffsets().length; s++) {
            if (streamEnd(s) > cut) {
                expectedErrors.addAll(idsOfStream(s));
            }
        }
        r.assertAccounting(PAGES);
        assertThat(r.errorIds()).isEqualTo(expectedErrors);
        assertThat(r.records()).hasSize(PAGES - expectedErrors.size());
        assertThat(r.run().exit()).isEqualTo(expectedErrors.isEmpty() ? 0 : 1);
        for (JsonNode e : r.errors()) {
            assertThat(e.path("stage").asText()).isEqualTo("decompress");
            assertThat(e.path("title").asText()).startsWith("Page ");   // named from the index
        }
        if (expectedErrors.isEmpty()) {
            assertThat(r.manifest().path("warnings").toString()).contains("footer");
        }
    }

    static List<Integer> flips() {
        Random rnd = new Random(4711);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(rnd.nextInt(Integer.MAX_VALUE));
        }
        return out;
    }

    @ParameterizedTest(name = "bit flip seed {0}")
    @MethodSource("flips")
    void bitFlipCostsOnlyItsStream(int seed) throws Exception {
        Random rnd = new Random(seed);
        int s = rnd.nextInt(ms.streamOffsets().length);
        long from = ms.streamOffsets()[s] + 4;       // after the "BZh9" magic
        long to = streamEnd(s) - 2;                  // clear of the final padding bits
        int pos = (int) (from + (long) (rnd.nextDouble() * (to - from)));
        byte[] b = ms.bytes().clone();
        b[pos] ^= (byte) (1 << rnd.nextInt(8));
        Result r = runOn("flip" + seed, b, true);
        r.assertAccounting(PAGES);
        assertThat(r.errorIds()).as("flip at %d in stream %d", pos, s).isEqualTo(idsOfStream(s));
        assertThat(r.run().exit()).isEqualTo(1);
    }

    @Test
    void trailingJunkKeepsEveryPageWithAWarning() throws Exception {
        byte[] junk = new byte[100];
        new Random(1).nextBytes(junk);
        byte[] b = new byte[ms.bytes().length + junk.length];
        System.arraycopy(ms.bytes(), 0, b, 0, ms.bytes().length);
        System.arraycopy(junk, 0, b, ms.bytes().length, junk.length);
        Result r = runOn("junk", b, true);
        r.assertAccounting(PAGES);
        assertThat(r.records()).hasSize(PAGES);
        assertThat(r.run().exit()).isZero();
    }

    @Test
    void truncatedWithoutIndexWritesWhatWasReadAndExitsFatal() throws Exception {
        long cut = ms.streamOffsets()[8] + 100;
        Result r = runOn("noindex", java.util.Arrays.copyOf(ms.bytes(), (int) cut), false);
        assertThat(r.run().exit()).isEqualTo(3);
        assertThat(r.manifest().path("input_complete").asBoolean()).isFalse();
        long read = r.manifest().path("counts").path("read").asLong();
        r.assertAccounting(read);
        // every page of the 8 complete streams comes out; the cut block is lost whole (its CRC cannot be checked)
        assertThat(read).isEqualTo(8L * PER_STREAM);
        assertThat(r.records()).hasSize(8 * PER_STREAM);
        assertThat(r.errors()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.path("id").isNull()).isTrue();
            assertThat(e.path("reason").asText()).isEqualTo("TRUNCATED");
        });
    }

    @ParameterizedTest(name = "bad XML {0}")
    @MethodSource("badXml")
    void badXmlInOneStreamCostsOnlyThatStream(String name, byte[] raw) throws Exception {
        List<TestDumps.P> pages = TestDumps.pages(100);
        pages.set(44, TestDumps.P.of(45, "Page 45", "before @@BAD@@ after"));
        var bad = TestDumps.multistream(dir, "bad-" + name, pages, PER_STREAM, "@@BAD@@", raw);
        Path out = dir.resolve("bad-" + name + "-out");
        Cli.Run run = Cli.fake(bad.dump().toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.stderr()).isEqualTo(1);
        List<JsonNode> errors = Cli.errors(out.resolve("errors.jsonl"));
        Set<Long> errIds = new HashSet<>();
        errors.forEach(e -> errIds.add(e.path("id").asLong()));
        assertThat(errIds).contains(45L);
        assertThat(idsOfStream(2)).containsAll(errIds);       // only stream 2 (pages 41-60) is affected
        assertThat(errors).allSatisfy(e -> assertThat(e.path("stage").asText()).isEqualTo("xml"));
        JsonNode c = Cli.manifest(out).path("counts");
        assertThat(c.path("read").asLong()).isEqualTo(100);
        assertThat(c.path("balanced").asBoolean()).isTrue();
        assertThat(c.path("written").asLong()).isEqualTo(100 - errIds.size());
    }

    static List<Object[]> badXml() {
        return List.of(new Object[] {"utf8", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}},
                new Object[] {"surrogate", "&#xD800;".getBytes(StandardCharsets.US_ASCII)},
                new Object[] {"control", new byte[] {0x01}});
    }
}
