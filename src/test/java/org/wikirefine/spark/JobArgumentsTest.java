package org.wikirefine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wikirefine.internal.dump.MultistreamIndex;

import picocli.CommandLine;

/** Argument handling and split planning, without a Spark session. */
class JobArgumentsTest {

    static int exec(String... args) {
        CommandLine cl = new CommandLine(new WikiRefineSparkJob());
        cl.setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()));
        return cl.execute(args);
    }

    @Test
    void usageErrorsExitWithTwoBeforeSparkStarts() {
        assertThat(exec("in.xml.bz2")).as("missing --out").isEqualTo(2);
        assertThat(exec("in.xml.bz2", "--out", "o", "--ns", "x")).isEqualTo(2);
        assertThat(exec("in.xml.bz2", "--out", "o", "--variant", "zh-xx")).isEqualTo(2);
        assertThat(exec("in.xml.bz2", "--out", "o", "--redirects", "maybe")).isEqualTo(2);
        assertThat(exec("in.xml.bz2", "--out", "o", "--output-format", "csv")).isEqualTo(2);
        assertThat(exec("in.xml.bz2", "--out", "o", "--threads-per-task", "0")).isEqualTo(2);
    }

    @Test
    void optionsValidateTheirValues() {
        assertThatThrownBy(() -> new JobOptions().variants(List.of("zh-tw", "xx"))).hasMessageContaining("xx");
        assertThat(new JobOptions().variants(List.of("zh-tw", "zh-tw", "zh-hans")).variants())
                .containsExactly("zh-tw", "zh-hans");
        assertThat(new JobOptions().variants(List.of()).variants()).containsExactly("zh");
        assertThat(new JobOptions().namespaces()).containsExactly(0);
    }

    static List<MultistreamIndex.Stream> streams(int n, int pages) {
        List<MultistreamIndex.Stream> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            long[] ids = new long[pages];
            String[] titles = new String[pages];
            for (int k = 0; k < pages; k++) {
                ids[k] = (long) i * pages + k + 1;
                titles[k] = "P" + ids[k];
            }
            out.add(new MultistreamIndex.Stream(1000L + i * 10_000L, ids, titles));
        }
        return out;
    }

    @Test
    void splitsCoverEveryStreamOnceWithContiguousByteRanges() {
        List<MultistreamIndex.Stream> s = streams(10, 3);
        List<DumpSplit> splits = WikiRefineSparkJob.splits("file:/d.xml.bz2", 105_000, 1000, s, 105_000, true, 3);
        assertThat(splits).hasSize(4);
        assertThat(splits.stream().mapToInt(DumpSplit::pagesInIndex).sum()).isEqualTo(30);
        long expectedStart = 1000;
        for (DumpSplit sp : splits) {
            for (int i = 0; i < sp.streams().size(); i++) {
                assertThat(sp.streams().get(i).offset()).isEqualTo(expectedStart);
                expectedStart = sp.ends()[i];
            }
            assertThat(sp.lastStream()).isEqualTo(sp.number() == 3);
        }
        assertThat(expectedStart).isEqualTo(105_000);
    }

    @Test
    void splitsOfTheProvenStreamsEndWhereTheFirstUnprovenOneStarts() {
        List<MultistreamIndex.Stream> s = streams(10, 3);
        // streams 6.. are not proven: the first six end at stream 6's offset, none is the dump's last stream
        List<DumpSplit> splits = WikiRefineSparkJob.splits("file:/d.xml.bz2", 105_000, 1000, s.subList(0, 6),
                s.get(6).offset(), false, 4);
        assertThat(splits).hasSize(2);
        assertThat(splits.get(1).ends()[splits.get(1).ends().length - 1]).isEqualTo(s.get(6).offset());
        assertThat(splits).noneMatch(DumpSplit::lastStream).allMatch(DumpSplit::indexed);
        DumpSplit rest = DumpSplit.sequential(2, "file:/d.xml.bz2", 105_000, 1000, s.get(6).offset());
        assertThat(rest.indexed()).isFalse();
        assertThat(rest.compressedBytes()).isEqualTo(105_000 - s.get(6).offset());
    }

    @Test
    void idsRepeatedFromAnEarlierSplitAreMarkedSeen() {
        List<MultistreamIndex.Stream> s = new java.util.ArrayList<>(streams(3, 2));   // ids 1..6
        s.set(2, new MultistreamIndex.Stream(s.get(2).offset(), new long[] {2, 7}, new String[] {"dup", "new"}));
        List<DumpSplit> splits = WikiRefineSparkJob.splits("file:/d", 50_000, 1000, s, 50_000, true, 1);
        assertThat(splits.get(0).seenBefore()).isEmpty();
        assertThat(splits.get(2).seenBefore()).containsExactly(2L);
    }

    @Test
    void streamsPerSplitGivesEachSlotFourSplitsUnderTheSizeTarget() {
        List<MultistreamIndex.Stream> s = streams(100, 1);   // 100 streams of 10 kB
        long size = 1000 + 100 * 10_000L;
        assertThat(WikiRefineSparkJob.streamsPerSplit(new JobOptions(), s, size, 2)).isEqualTo(13);   // 100/8
        assertThat(WikiRefineSparkJob.streamsPerSplit(new JobOptions().splitMb(0.05), s, size, 2)).isEqualTo(5);
        assertThat(WikiRefineSparkJob.streamsPerSplit(new JobOptions().streamsPerSplit(7), s, size, 2)).isEqualTo(7);
        assertThat(WikiRefineSparkJob.streamsPerSplit(new JobOptions(), s.subList(0, 1), 11_000, 64)).isEqualTo(1);
    }
}
