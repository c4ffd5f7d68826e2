package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wikirefine.Page;

/**
 * {@link Bz2Blocks} with decode threads: the pieces (data and damage) are exactly those of decoding block after
 * block on the reading thread, in input order, with at most the window's blocks decoded ahead.
 */
class Bz2BlocksParallelTest {

    /** Random letters: every 100k block (TestDumps compresses at level 1) differs from every other. */
    private static byte[] plain;
    /** {@link #plain} as three concatenated streams: about 40 blocks, stream boundaries between some. */
    private static byte[] comp;

    @BeforeAll
    static void input() throws IOException {
        Random rnd = new Random(11);
        plain = new byte[4_000_000];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = (byte) (i % 80 == 79 ? '\n' : 'a' + rnd.nextInt(26));
        }
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        f.writeBytes(TestDumps.bz2(java.util.Arrays.copyOfRange(plain, 0, 1_234_567)));
        f.writeBytes(TestDumps.bz2(java.util.Arrays.copyOfRange(plain, 1_234_567, 2_500_000)));
        f.writeBytes(TestDumps.bz2(java.util.Arrays.copyOfRange(plain, 2_500_000, plain.length)));
        comp = f.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void manyBlocksComeOutInInputOrder(int threads) {
        List<PieceSource.Piece> one = pieces(comp, 0);
        List<PieceSource.Piece> par = pieces(comp, threads);
        assertThat(one).hasSizeGreaterThan(40);
        assertThat(one).allSatisfy(p -> assertThat(p.damage()).isNull());
        assertThat(joined(par)).isEqualTo(plain);
        assertSamePieces(par, one);
    }

    /** Damage in the middle and near the end, two of them in neighbouring blocks, while other blocks decode. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void damagedBlocksCostOnlyThemselvesWhileOthersDecodeInParallel(int threads) {
        byte[] bad = comp.clone();
        bad[comp.length / 2] ^= 0x04;
        bad[comp.length / 2 + 70_000] ^= 0x20;
        bad[comp.length - 30_000] ^= 0x01;
        List<PieceSource.Piece> one = pieces(bad, 0);
        List<PieceSource.Piece> par = pieces(bad, threads);
        assertSamePieces(par, one);
        assertThat(par).filteredOn(p -> p.damage() != null).hasSizeBetween(2, 3)
                .allSatisfy(p -> assertThat(p.damage().rest()).isFalse());
        byte[] got = joined(par);
        assertThat(plain.length - got.length).as("at most three blocks lost").isBetween(150_000, 300_000);
        int head = 0;
        while (got[head] == plain[head]) {
            head++;
        }
        assertThat(head).as("everything before the first damaged block").isGreaterThan(1_500_000);
    }

    /** The file ends inside a block: the blocks before it, then one damage that ends the input. */
    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void truncationEndsTheInputAfterTheBlocksBeforeIt(int threads) {
        byte[] cut = java.util.Arrays.copyOf(comp, comp.length * 2 / 3);
        List<PieceSource.Piece> par = pieces(cut, threads);
        assertSamePieces(par, pieces(cut, 0));
        assertThat(par.get(par.size() - 1).damage()).satisfies(d -> {
            assertThat(d.rest()).isTrue();
            assertThat(d.reason()).isEqualTo("TRUNCATED");
        });
    }

    @Test
    void atMostTheWindowIsDecodedAheadOfTheReader() throws Exception {
        AtomicLong read = new AtomicLong();
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(comp)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read.addAndGet(Math.max(0, n));
                return n;
            }
        };
        try (Bz2Blocks blocks = new Bz2Blocks(counting, 0, w -> { }, 2)) {
            int window = blocks.blocksAhead();
            assertThat(window).isEqualTo(2 + Bz2Blocks.EXTRA_BLOCKS_AHEAD);
            int taken = 0;
            while (blocks.next() != null) {
                taken++;
                if (taken == 1) {
                    // let the decoders run as far as they may: they must stop at the window
                    long deadline = System.nanoTime() + 30_000_000_000L;
                    while (blocks.blocksDecoded() < window && System.nanoTime() < deadline) {
                        Thread.sleep(10);
                    }
                    Thread.sleep(200);
                    assertThat(read.get()).as("input read ahead").isLessThan(comp.length / 2);
                }
                assertThat(blocks.blocksDecoded()).as("decoded and not handed out").isLessThanOrEqualTo(taken + window - 1);
            }
            assertThat(blocks.blocksDecoded()).isEqualTo(taken);
        }
    }

    /** A dump whose pages straddle block boundaries reads the same pages with any number of decode threads. */
    @Test
    void aDumpReadsTheSamePagesWithAnyNumberOfDecodeThreads(@TempDir Path dir) throws Exception {
        List<TestDumps.P> pages = new ArrayList<>();
        Random rnd = new Random(3);
        for (int i = 1; i <= 400; i++) {
            StringBuilder t = new StringBuilder("'''P" + i + "''' 文字 ");
            for (int k = 0; k < 1000 + rnd.nextInt(4000); k++) {
                t.append((char) ('a' + rnd.nextInt(26)));
            }
            pages.add(TestDumps.P.of(i, "P" + i, t.toString()));
        }
        Path f = dir.resolve("single.xml.bz2");
        Files.write(f, TestDumps.bz2(TestDumps.xml(pages).getBytes(StandardCharsets.UTF_8)));
        List<String> expected = pages.stream().map(p -> p.id() + " " + p.text()).toList();
        for (int threads : new int[] {0, 1, 2, 5}) {
            List<String> got = new ArrayList<>();
            try (DumpSource src = DumpSources.open(f, null, false, threads, true)) {
                assertThat(src.indexed()).isFalse();
                DumpSource.Unit u;
                while ((u = src.next()) != null) {
                    for (DumpItem it : u.items()) {
                        Page p = ((DumpItem.Ok) it).page();
                        got.add(p.id() + " " + p.text());
                    }
                }
            }
            assertThat(got).as(threads + " decode threads").isEqualTo(expected);
        }
    }

    private static List<PieceSource.Piece> pieces(byte[] bz2, int threads) {
        List<PieceSource.Piece> out = new ArrayList<>();
        try (Bz2Blocks blocks = new Bz2Blocks(new ByteArrayInputStream(bz2), 0, w -> { }, threads)) {
            PieceSource.Piece p;
            while ((p = blocks.next()) != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static void assertSamePieces(List<PieceSource.Piece> got, List<PieceSource.Piece> expected) {
        assertThat(got).hasSameSizeAs(expected);
        for (int i = 0; i < got.size(); i++) {
            assertThat(got.get(i).damage()).as("piece " + i).isEqualTo(expected.get(i).damage());
            assertThat(got.get(i).data()).as("piece " + i).isEqualTo(expected.get(i).data());
        }
    }

    private static byte[] joined(List<PieceSource.Piece> pieces) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (PieceSource.Piece p : pieces) {
            if (p.data() != null) {
                b.writeBytes(p.data());
            }
        }
        return b.toByteArray();
    }
}
