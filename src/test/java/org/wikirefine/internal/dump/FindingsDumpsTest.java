package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The faulty dumps of the adversarial review (fixtures/findings/dumps, origin in fixtures/SOURCES.md), each run
 * through the CLI: every intact page comes out, what is damaged becomes error records, accounting is true to
 * the dump ({@code read = written + filtered + errored}, no id twice) and the exit code follows the pages.
 */
class FindingsDumpsTest {

    static final Path DIR = Path.of("fixtures/findings/dumps");

    @TempDir
    Path tmp;

    record Run(Cli.Run cli, JsonNode manifest, List<JsonNode> records, List<JsonNode> errors) {
        JsonNode counts() {
            return manifest.path("counts");
        }

        List<Long> ids() {
            List<Long> ids = new ArrayList<>();
            records.forEach(n -> ids.add(n.path("id").asLong()));
            errors.stream().filter(e -> !e.path("id").isNull()).forEach(e -> ids.add(e.path("id").asLong()));
            return ids;
        }

        void assertTrueToTheDump(long read) {
            assertThat(counts().path("read").asLong()).isEqualTo(read);
            assertThat(counts().path("balanced").asBoolean()).isTrue();
            assertThat(counts().path("written").asLong()).isEqualTo(records.size());
            assertThat(ids()).doesNotHaveDuplicates();
        }
    }

    Run run(String... args) throws Exception {
        Path out = tmp.resolve("out");
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--out", out.toString(), "--threads", "2", "--ns", "all"));
        Cli.Run r = Cli.fake(a.toArray(String[]::new));
        if (!Files.exists(out.resolve("manifest.json"))) {
            return new Run(r, null, List.of(), List.of());
        }
        return new Run(r, Cli.manifest(out), Cli.records(out), Cli.errors(out.resolve("errors.jsonl")));
    }

    /** Indexes from another dump, shifted, regrouped, pointing mid-stream or past the end (even past 2^31). */
    @ParameterizedTest(name = "index {0}")
    @ValueSource(strings = {"foreign", "shift", "sameids", "midstream", "lastpasteof", "past2g"})
    void aLyingIndexCostsNoPageAndIsNotCountedAsPages(String kind) throws Exception {
        Run r = run(DIR.resolve("idx.xml.bz2").toString(), "--index",
                DIR.resolve("idx_" + kind + "-index.txt.bz2").toString());
        assertThat(r.cli().exit()).as(r.cli().stderr()).isZero();
        r.assertTrueToTheDump(100);
        assertThat(new TreeSet<>(r.ids())).containsExactlyElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
        assertThat(r.errors()).isEmpty();
        assertThat(r.manifest().path("warnings").toString()).contains("the index does not match the dump");
        if (List.of("foreign", "lastpasteof", "past2g").contains(kind)) {
            assertThat(r.manifest().path("warnings").toString()).contains("the dump does not hold");
        }
    }

    @Test
    void invalidUtf8CostsOnlyItsPage() throws Exception {
        Run r = run(DIR.resolve("invalid_utf8.xml").toString());
        assertThat(r.cli().exit()).isEqualTo(1);
        r.assertTrueToTheDump(20);
        assertThat(r.records()).hasSize(19);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path("reason").asText()).isEqualTo("INVALID_ENCODING");
            assertThat(e.path("id").isNumber()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id_nonnumeric.xml", "id_huge.xml"})
    void anUnreadablePageIdCostsOnlyItsPage(String name) throws Exception {
        Run r = run(DIR.resolve(name).toString());
        assertThat(r.cli().exit()).isEqualTo(1);
        r.assertTrueToTheDump(20);
        assertThat(r.records()).hasSize(19);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path("reason").asText()).isEqualTo("BAD_ID");
            assertThat(e.path("id").isNull()).isTrue();
            assertThat(e.path("title").asText()).isNotEmpty();   // named by what the bytes show
            assertThat(e.path("detail").asText()).contains("not a valid page id");
        });
    }

    @Test
    void anIdNearTwoToTheThirtyFirstIsAnOrdinaryPage() throws Exception {
        Run r = run(DIR.resolve("id_bitset.xml").toString());
        assertThat(r.cli().exit()).isZero();
        r.assertTrueToTheDump(3);
        assertThat(r.ids()).contains(2_147_483_000L);
    }

    @Test
    void aMissingTextIsReportedAsSuch() throws Exception {
        Run r = run(DIR.resolve("missing_text.xml").toString());
        assertThat(r.cli().exit()).isEqualTo(1);
        r.assertTrueToTheDump(20);
        assertThat(r.errors()).singleElement().satisfies(e ->
                assertThat(e.path("reason").asText()).isEqualTo("MISSING_TEXT"));
    }

    @Test
    void junkAfterTheEndIsAWarning() throws Exception {
        Run r = run(DIR.resolve("trailing_junk.xml").toString());
        assertThat(r.cli().exit()).isZero();
        r.assertTrueToTheDump(20);
        assertThat(r.records()).hasSize(20);
        assertThat(r.manifest().path("warnings").toString()).contains("after </mediawiki>");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rss.xml", "xhtml.xml"})
    void aFileThatIsNotADumpIsAnInputError(String name) throws Exception {
        Run r = run(DIR.resolve(name).toString());
        assertThat(r.cli().exit()).isEqualTo(2);
        assertThat(r.cli().stderr()).contains("not a MediaWiki XML export");
        assertThat(r.manifest()).isNull();
    }

    /** Deflate cannot be resynchronised: every page decoded before the damage, then exit 3. */
    @Test
    void aDamagedGzipKeepsEveryPageBeforeTheDamage() throws Exception {
        Run r = run(DIR.resolve("flip0_1428.xml.gz").toString());
        assertThat(r.cli().exit()).isEqualTo(3);
        assertThat(r.manifest().path("input_complete").asBoolean()).isFalse();
        r.assertTrueToTheDump(20);
        assertThat(r.records()).extracting(n -> n.path("id").asLong())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 19).boxed().toList());
    }

    /**
     * One bad bit in block 3 of 6 of a single-stream bz2 used to cost every page: now only the pages that
     * touch the damaged block are missing (one contiguous run), the cut page is named, the span is one record.
     */
    @Test
    void aDamagedBz2BlockCostsOnlyItsOwnPages() throws Exception {
        Run r = run(DIR.resolve("single6k_corrupt.xml.bz2").toString());
        assertThat(r.cli().exit()).isEqualTo(1);
        long read = r.counts().path("read").asLong();
        r.assertTrueToTheDump(read);
        assertThat(r.counts().path("input_errors").asLong()).isEqualTo(1);
        assertThat(r.records().size()).isGreaterThan(4_500);
        List<Long> written = r.records().stream().map(n -> n.path("id").asLong()).toList();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < written.size(); i++) {
            if (written.get(i) != written.get(i - 1) + 1) {
                gaps.add(written.get(i - 1));
            }
        }
        assertThat(gaps).hasSize(1);
        assertThat(r.errors()).anySatisfy(e -> {
            assertThat(e.path("id").isNull()).isTrue();
            assertThat(e.path("detail").asText()).contains("bz2 block at bytes").contains("last good page before it: id "
                    + gaps.get(0));
        });
    }
}
