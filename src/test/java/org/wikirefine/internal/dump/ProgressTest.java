package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line fits the terminal, counts work done, and shows from the start; the pre-pass is bounded. */
class ProgressTest {

    @TempDir
    Path tmp;

    @Test
    void aLineNeverExceedsTheTerminalWidthAndKeepsTheMostImportantParts() {
        List<String> segs = List.of("1,234,567 pages", "42.0%", "ETA 0:10:00", "3 errors", "1234 pages/s", "9.9 MB/s XML");
        String narrow = Progress.fit(segs, 40);
        assertThat(narrow).hasSizeLessThanOrEqualTo(39).isEqualTo("1,234,567 pages | 42.0% | ETA 0:10:00");
        assertThat(Progress.fit(segs, 200)).endsWith("9.9 MB/s XML");
        assertThat(Progress.fit(List.of("x".repeat(50)), 20)).hasSize(19);
    }

    @Test
    void percentageCountsHandledUnitsNotBytesReadAhead() throws Exception {
        var ms = TestDumps.multistream(tmp, "m", TestDumps.pages(100), 10);
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, 1000);
        try (DumpSource src = DumpSources.open(ms.dump(), ms.index(), true, 2, true)) {
            // read everything ahead: the bytes consumed say 100 %, but nothing is handled yet
            while (src.next() != null) {
                // drain
            }
            RunState st = new RunState();
            assertThat(p.fraction(src, st)).isZero();
            st.nextUnit = 5;
            assertThat(p.fraction(src, st)).isEqualTo(0.5);
        }
        Path seq = tmp.resolve("s.xml");
        Files.writeString(seq, TestDumps.xml(TestDumps.pages(50)));
        try (DumpSource src = DumpSources.open(seq, null, false, 1, true)) {
            RunState st = new RunState();
            assertThat(p.fraction(src, st)).as("nothing handled yet").isEqualTo(-1);
            p.unitDone(Files.size(seq) / 4);
            assertThat(p.fraction(src, st)).isEqualTo(0.25, org.assertj.core.data.Offset.offset(0.01));
            st.read = 10;
            assertThat(p.limit(40).fraction(src, st)).as("a --limit run counts pages").isEqualTo(0.25);
        }
    }

    @Test
    void somethingIsShownAtOnce() throws Exception {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bo, true, StandardCharsets.UTF_8), true, 60_000, 60);
        p.phase("site data", () -> 7, () -> 50, 100);
        String shown = bo.toString(StandardCharsets.UTF_8);
        p.finished();
        assertThat(shown).isEqualTo("\rsite data: 7 pages scanned | 50.0%");
    }

    @Test
    void theSiteDataPassOfALimitedRunReadsOnlyWhatTheRunReads() throws Exception {
        Path seq = tmp.resolve("s.xml");
        Files.writeString(seq, TestDumps.xml(TestDumps.pages(500)));
        DumpSupportData.Scan scan = new DumpSupportData.Scan(20);
        DumpSupportData.collect(seq, null, 1, null, scan);
        assertThat(scan.pages()).isEqualTo(20);
        assertThat(scan.seconds()).isNotNegative();
        DumpSupportData.Scan all = new DumpSupportData.Scan(-1);
        DumpSupportData.collect(seq, null, 1, null, all);
        assertThat(all.pages()).isEqualTo(500);
    }
}
