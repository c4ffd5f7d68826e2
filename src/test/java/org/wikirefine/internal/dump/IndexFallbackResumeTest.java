package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A resume over a dump whose index is wrong from stream 4 on (fixtures/findings/dumps, idx_midstream): units
 * read by index are skipped by index, units read on sequentially are replayed, and either way the rest of
 * the run sees exactly the units an uninterrupted run saw.
 */
class IndexFallbackResumeTest {

    static final Path DUMP = Path.of("fixtures/findings/dumps/idx.xml.bz2");
    static final Path INDEX = Path.of("fixtures/findings/dumps/idx_midstream-index.txt.bz2");

    record U(long index, List<Long> ids) {
    }

    static List<U> units(DumpSource src) throws Exception {
        List<U> out = new ArrayList<>();
        DumpSource.Unit u;
        while ((u = src.next()) != null) {
            List<Long> ids = new ArrayList<>();
            for (DumpItem it : u.items()) {
                ids.add(it instanceof DumpItem.Ok ok ? ok.page().id() : -1L);
            }
            out.add(new U(u.index(), ids));
        }
        return out;
    }

    @ParameterizedTest(name = "resume at unit {0}")
    @ValueSource(longs = {3, 4, 15, 40})
    void skippingThenReadingSeesTheSameUnitsAsOneRun(long at) throws Exception {
        List<U> whole;
        try (DumpSource a = DumpSources.open(DUMP, INDEX, true, 2, true)) {
            whole = units(a);
        }
        assertThat(whole.stream().flatMap(u -> u.ids().stream()).toList()).hasSize(100).doesNotContain(-1L);
        assertThat(whole.get(4).index()).as("by index up to stream 4, then numbered after the 10 streams")
                .isEqualTo(10);
        List<Long> skippedIds = new ArrayList<>();
        List<U> rest;
        try (DumpSource b = DumpSources.open(DUMP, INDEX, true, 2, true)) {
            b.skip(at, skippedIds::add);
            rest = units(b);
        }
        List<U> expected = whole.stream().filter(u -> u.index() >= at).toList();
        assertThat(rest).isEqualTo(expected);
        List<Long> all = new ArrayList<>(skippedIds);
        rest.forEach(u -> all.addAll(u.ids()));
        assertThat(all).hasSize(100).doesNotHaveDuplicates();
    }
}
