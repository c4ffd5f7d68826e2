package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wikirefine.DumpReader;
import org.wikirefine.Page;

import com.fasterxml.jackson.databind.JsonNode;

/** Support-data pre-pass, and accounting on the real dumps copied into fixtures/dumps/. */
class SupportAndRealDumpTest {

    @TempDir
    Path tmp;

    static final Path FIX = Path.of("fixtures/dumps");

    private List<TestDumps.P> supportPages() {
        List<TestDumps.P> pages = new ArrayList<>(TestDumps.pages(45));
        pages.add(new TestDumps.P(100, 10, "Template:Cite Web", "#REDIRECT [[Template:Cite web]]", "Template:Cite web", null));
        pages.add(new TestDumps.P(101, 10, "Template:Reflist2", "#重定向 [[Template:Reflist]]", null, null));
        pages.add(new TestDumps.P(102, 10, "Template:To article", "#REDIRECT [[Some article]]", "Some article", null));
        pages.add(new TestDumps.P(103, 828, "模块:CGroup/IT", "return { name = 'IT' }", null, null));
        pages.add(new TestDumps.P(104, 10, "Template:CGroup/Movie", "{{CGroupH|name=Movie}}", null, null));
        pages.add(new TestDumps.P(105, 8, "MediaWiki:Conversiontable/zh-hans", "-{ A => B }-", null, null));
        pages.add(new TestDumps.P(106, 10, "Template:Plain", "text", null, null));
        pages.addAll(TestDumps.pages(200).subList(150, 200));
        return pages;
    }

    private static void assertSupport(DumpSupportData d) {
        assertThat(d.templateRedirects()).containsEntry("Cite Web", "Cite web").containsEntry("Reflist2", "Reflist")
                .doesNotContainKey("To article").hasSize(2);
        assertThat(d.moduleCGroups()).containsOnlyKeys("CGroup/IT");
        assertThat(d.moduleCGroups().get("CGroup/IT")).isEqualTo("return { name = 'IT' }");
        assertThat(d.templateCGroups()).containsOnlyKeys("CGroup/Movie");
        assertThat(d.conversionTables()).containsOnlyKeys("Conversiontable/zh-hans");
    }

    @Test
    void supportDataIsCollectedByIndexAndSequentially() throws Exception {
        var ms = TestDumps.multistream(tmp, "s", supportPages(), 10);
        assertSupport(DumpSupportData.collect(ms.dump(), null, 2));        // by index: only some streams decoded
        Path plain = tmp.resolve("s.xml");
        Files.writeString(plain, TestDumps.xml(supportPages()));
        assertSupport(DumpSupportData.collect(plain, null, 1));
        try (DumpReader r = DumpReader.open(plain)) {
            assertSupport(DumpSupportData.collect(r, r.siteInfo()));
        }
    }

    @Test
    void aParallelPrePassKeepsStreamOrderSoTheLaterPageOfATitleWins() throws Exception {
        // the same group in many streams, each with other text: decoded on 4 threads, the last one must win
        List<TestDumps.P> pages = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            pages.add(new TestDumps.P(1000 + 2 * k, 10, "Template:CGroup/Movie", "version " + k, null, null));
            pages.add(TestDumps.P.of(1001 + 2 * k, "Article " + k, "text " + k));
        }
        var ms = TestDumps.multistream(tmp, "o", pages, 2);
        for (int round = 0; round < 5; round++) {
            DumpSupportData d = DumpSupportData.collect(ms.dump(), null, 4);
            assertThat(d.templateCGroups()).containsEntry("CGroup/Movie", "version 39");
        }
        try (DumpSource src = DumpSources.open(ms.dump(), null, true, 4, false)) {
            List<Long> order = new ArrayList<>();
            ((IndexedSource) src).decodeEach(new int[] {7, 2, 30, 3}, 0, u -> order.add(u.index()));
            assertThat(order).containsExactly(7L, 2L, 30L, 3L);
        }
    }

    /** Every unit a source hands out, with the XML bytes it counted, read to the end. */
    private static List<DumpSource.Unit> readAll(DumpSource src) throws InterruptedException {
        List<DumpSource.Unit> units = new ArrayList<>();
        DumpSource.Unit u;
        while ((u = src.next()) != null) {
            units.add(u);
        }
        return units;
    }

    private static long holdingSupportPages(List<DumpSource.Unit> units) {
        return units.stream().filter(u -> u.items().stream().anyMatch(it -> it instanceof DumpItem.Ok ok
                && (ok.page().ns() == 10 || ok.page().ns() == 828 || ok.page().ns() == 8))).count();
    }

    @Test
    void streamsThePrePassDecodedAreHandedToTheRunAsIfDecodedAgain() throws Exception {
        // a template in every stream, and a page with a bad sha1: kept units must equal freshly decoded ones
        List<TestDumps.P> pages = new ArrayList<>(supportPages());
        for (int k = 0; k < 30; k++) {
            pages.add(new TestDumps.P(2000 + 2 * k, 10, "Template:T" + k, "x".repeat(1000), null, null));
            pages.add(TestDumps.P.of(2001 + 2 * k, "Article " + k, "text " + k));
        }
        pages.add(new TestDumps.P(300, 0, "Bad sha1", "text", null, "0000000000000000000000000000000"));
        var ms = TestDumps.multistream(tmp, "k", pages, 4);
        List<DumpSource.Unit> fresh;
        long freshXml;
        try (DumpSource src = DumpSources.open(ms.dump(), null, true, 2, true)) {
            fresh = readAll(src);
            freshXml = src.xmlBytes();
        }
        int unbounded = -1;
        for (long budget : new long[] {Long.MAX_VALUE, 0, 20_000}) {
            try (DumpSource src = DumpSources.open(ms.dump(), null, true, 2, true)) {
                DumpSupportData d = DumpSupportData.collect(src, null, new DumpSupportData.Scan(-1), budget);
                assertSupport(d);
                int kept = ((IndexedSource) src).keptUnits();
                if (budget == Long.MAX_VALUE) {
                    unbounded = kept;
                    // every stream the pass decoded but the last (the run decodes it again to check the footer)
                    assertThat(kept).isEqualTo(holdingSupportPages(fresh.subList(0, fresh.size() - 1)));
                } else if (budget == 0) {
                    assertThat(kept).isZero();
                } else {
                    assertThat(kept).as("a budget keeps some streams, not all").isPositive().isLessThan(unbounded);
                }
                assertThat(readAll(src)).as("budget %d", budget).isEqualTo(fresh);
                assertThat(src.xmlBytes()).isEqualTo(freshXml);
                assertThat(((IndexedSource) src).keptUnits()).as("all handed on").isZero();
            }
        }
    }

    @Test
    void aResumedRunDropsTheKeptStreamsItSkips() throws Exception {
        var ms = TestDumps.multistream(tmp, "r", supportPages(), 10);
        List<DumpSource.Unit> fresh;
        try (DumpSource src = DumpSources.open(ms.dump(), null, true, 2, true)) {
            fresh = readAll(src);
        }
        try (DumpSource src = DumpSources.open(ms.dump(), null, true, 2, true)) {
            DumpSupportData.collect(src, null, new DumpSupportData.Scan(-1), Long.MAX_VALUE);
            List<Long> skippedIds = new ArrayList<>();
            src.skip(6, skippedIds::add);
            assertThat(skippedIds).hasSize(60);
            List<DumpSource.Unit> rest = readAll(src);
            assertThat(rest).isEqualTo(fresh.subList(6, fresh.size()));
            assertThat(((IndexedSource) src).keptUnits()).isZero();
        }
    }

    @Test
    void aLimitedPrePassByIndexScansWholeStreamsAndReportsItsBytes() throws Exception {
        var ms = TestDumps.multistream(tmp, "l", supportPages(), 10);
        DumpSupportData.Scan scan = new DumpSupportData.Scan(25);
        DumpSupportData.collect(ms.dump(), null, 2, null, scan);
        assertThat(scan.pages()).as("streams of 10 pages up to page 25").isEqualTo(30);
        DumpSupportData.Scan all = new DumpSupportData.Scan(-1);
        DumpSupportData d = DumpSupportData.collect(ms.dump(), null, 2, null, all);
        assertSupport(d);
        assertThat(all.pages()).isEqualTo(supportPages().size());
        // the pass decodes streams outside the source's in-order flow; progress still moves with them
        assertThat(all.inputBytes()).isEqualTo(Files.size(ms.dump()));
    }

    @Test
    void supportDataFromTheBundledSample() throws Exception {
        DumpSupportData d = DumpSupportData.collect(FIX.resolve("sample-multistream.xml.bz2"), null, 2);
        // the sample's zh templates include redirects such as Template:Cite -> Template:Citation-ish targets
        assertThat(d.templateRedirects()).isNotEmpty();
        assertThat(d.templateRedirects().keySet()).allSatisfy(k -> assertThat(k).doesNotStartWith("Template:"));
    }

    @Test
    void bundledSampleRunsWithoutInput() throws Exception {
        Path out = tmp.resolve("out");
        Cli.Run r = Cli.fake("--out", out.toString(), "--ns", "all");
        assertThat(r.exit()).as(r.stderr()).isZero();
        JsonNode m = Cli.manifest(out);
        assertThat(m.path("input").path("name").asText()).isEqualTo("sample-multistream.xml.bz2");
        assertThat(m.path("input").path("read_by_index").asBoolean()).isTrue();
        assertThat(m.path("counts").path("read").asLong()).isEqualTo(188);
        assertThat(m.path("counts").path("balanced").asBoolean()).isTrue();
        // every index entry is accounted for exactly once
        List<Long> ids = new ArrayList<>();
        Cli.records(out).forEach(n -> ids.add(n.path("id").asLong()));
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids.size() + m.path("counts").path("filtered_total").asLong()).isEqualTo(188);
    }

    @Test
    void realEnwikiDumpAccounting() throws Exception {
        Path in = FIX.resolve("gensim-enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2");
        Path out = tmp.resolve("en");
        Cli.Run r = Cli.fake(in.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        JsonNode c = Cli.manifest(out).path("counts");
        assertThat(c.path("read").asLong()).isEqualTo(206);
        // the file has 100 <redirect> elements and one ns-4 page, which is itself a redirect: namespace wins
        assertThat(c.path("filtered").path("namespace").asLong()).isEqualTo(1);
        assertThat(c.path("filtered").path("redirect").asLong()).isEqualTo(99);
        assertThat(c.path("written").asLong() + c.path("filtered_total").asLong()).isEqualTo(206);
        assertThat(c.path("errored_total").asLong()).isZero();   // every <sha1> verified
        assertThat(Cli.manifest(out).path("siteinfo").path("dbname").asText()).isEqualTo("enwiki");
    }

    @Test
    void realDumpsWithoutSiteinfoAndInUtf16() throws Exception {
        Path out = tmp.resolve("tm");
        assertThat(Cli.fake(FIX.resolve("gensim-enwiki-table-markup.xml.bz2").toString(), "--out", out.toString())
                .exit()).isZero();
        assertThat(Cli.manifest(out).path("counts").path("written").asLong()).isEqualTo(5);
        Path bg = tmp.resolve("bg");
        assertThat(Cli.fake(FIX.resolve("gensim-bgwiki-latest-pages-articles-shortened.xml.bz2").toString(),
                "--out", bg.toString(), "--ns", "all", "--redirects", "keep").exit()).isZero();
        assertThat(Cli.manifest(bg).path("counts").path("written").asLong()).isEqualTo(3);
        List<JsonNode> recs = Cli.records(bg);
        try (DumpReader rd = DumpReader.open(FIX.resolve("gensim-bgwiki-latest-pages-articles-shortened.xml.bz2"))) {
            List<Page> pages = new ArrayList<>();
            rd.forEach(pages::add);
            for (int i = 0; i < 3; i++) {
                assertThat(recs.get(i).path("title").asText()).isEqualTo(pages.get(i).title());
                assertThat(recs.get(i).path("chars").asLong()).isEqualTo(pages.get(i).text().length());
            }
        }
    }

    @Test
    void gzipAndStdinInputs() throws Exception {
        Path gz = tmp.resolve("x.xml.gz");
        try (var o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(TestDumps.xml(TestDumps.pages(7)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path out = tmp.resolve("gz");
        assertThat(Cli.fake(gz.toString(), "--out", out.toString()).exit()).isZero();
        assertThat(Cli.records(out)).hasSize(7);
        var oldIn = System.in;
        try {
            System.setIn(Files.newInputStream(gz));
            Path o2 = tmp.resolve("stdin");
            assertThat(Cli.fake("-", "--out", o2.toString()).exit()).isZero();
            assertThat(Files.readAllBytes(o2.resolve("part-00000.jsonl")))
                    .isEqualTo(Files.readAllBytes(out.resolve("part-00000.jsonl")));
        } finally {
            System.setIn(oldIn);
        }
    }
}
