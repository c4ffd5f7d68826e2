package org.wikirefine.internal.bz2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Differential test: {@link Bz2Decoder} decodes exactly what commons-compress decodes, for data compressed by
 * commons-compress at block sizes 1 and 9 (random and text-like, many sizes, concatenated streams, the empty
 * stream) and for every .bz2 file in {@code fixtures/} (most made by Wikimedia's or gensim's bzip2); on damaged
 * data it gives up ({@link Bz2Decoder.Unusual}) rather than return other bytes.
 */
class Bz2DecoderTest {

    private static final int MAX = Integer.MAX_VALUE - 8;

    static byte[] commons(byte[] z, boolean concatenated) throws IOException {
        try (InputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(z), concatenated)) {
            return in.readAllBytes();
        }
    }

    static byte[] compress(byte[] data, int level) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream out = new BZip2CompressorOutputStream(bo, level)) {
            out.write(data);
        }
        return bo.toByteArray();
    }

    /** Intact data: our decoder must decode it itself (no fallback) to the same bytes. */
    private static void assertDecodesLikeCommons(byte[] z, boolean concatenated, String what) throws Exception {
        byte[] expected = commons(z, concatenated);
        assertThat(new Bz2Decoder().decode(z, concatenated, MAX)).as(what).isEqualTo(expected);
    }

    /** Text with the traits of dump XML: indentation, runs of every length, CJK, markup. */
    static byte[] textLike(int size, long seed) {
        Random rnd = new Random(seed);
        String[] words = {"<page>", "</page>", "{{Infobox", "|name=", "[[中国]]", "香港", "the", "of", "and", "'''",
            "==", "\n", "&amp;", "Wikipedia", "臺灣", "référence", "}}"};
        StringBuilder sb = new StringBuilder(size + 300);
        while (sb.length() < size) {
            int kind = rnd.nextInt(20);
            if (kind == 0) {
                sb.append(" ".repeat(rnd.nextInt(300)));       // runs of 0..299: every RLE1 count
            } else if (kind == 1) {
                sb.append(String.valueOf((char) ('a' + rnd.nextInt(3))).repeat(1 + rnd.nextInt(9)));
            } else {
                sb.append(words[rnd.nextInt(words.length)]).append(' ');
            }
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(b, Math.min(b.length, size));
    }

    @Test
    void randomAndTextLikeDataOfManySizesAtBlockSizes1And9() throws Exception {
        Random rnd = new Random(1);
        for (int level : new int[] {1, 9}) {
            for (int size : new int[] {0, 1, 2, 3, 4, 5, 17, 255, 256, 1000, 99_999, 100_000, 100_001, 250_000,
                1_000_000}) {
                byte[] random = new byte[size];
                rnd.nextBytes(random);
                assertDecodesLikeCommons(compress(random, level), true, "random " + size + " at level " + level);
                assertDecodesLikeCommons(compress(textLike(size, size), level), true,
                        "text " + size + " at level " + level);
            }
        }
    }

    @Test
    void longRunsAndFewSymbols() throws Exception {
        byte[] same = new byte[1_500_000];
        Arrays.fill(same, (byte) 'x');
        assertDecodesLikeCommons(compress(same, 9), true, "one byte value");
        assertDecodesLikeCommons(compress(same, 1), true, "one byte value, small blocks");
        byte[] two = new byte[300_000];
        for (int i = 0; i < two.length; i++) {
            two[i] = (byte) (i / 7 % 2 == 0 ? 0 : 255);
        }
        assertDecodesLikeCommons(compress(two, 1), true, "two byte values");
        byte[] all = new byte[256 * 40];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (i * 37);
        }
        assertDecodesLikeCommons(compress(all, 9), true, "every byte value");
    }

    @Test
    void emptyAndConcatenatedStreams() throws Exception {
        byte[] empty = compress(new byte[0], 9);
        assertThat(new Bz2Decoder().decode(empty, true, MAX)).isEmpty();
        byte[] a = compress(textLike(300_000, 1), 1);
        byte[] b = compress(new byte[0], 5);
        byte[] c = compress(textLike(5000, 2), 9);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(a);
        all.write(b);
        all.write(c);
        byte[] joined = all.toByteArray();
        assertDecodesLikeCommons(joined, true, "three streams");
        assertDecodesLikeCommons(joined, false, "the first of three streams");
        assertThat(new Bz2Decoder().decode(joined, false, MAX)).isEqualTo(textLike(300_000, 1));
    }

    @Test
    void everyBz2FileOfTheFixtures() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("fixtures"))) {
            files = s.filter(p -> p.toString().endsWith(".bz2")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        Bz2Decoder reused = new Bz2Decoder();
        int intact = 0;
        for (Path f : files) {
            byte[] z = Files.readAllBytes(f);
            byte[] expected;
            try {
                expected = commons(z, true);
            } catch (IOException damaged) {
                assertThatThrownBy(() -> reused.decode(z, true, MAX)).as(f.toString())
                        .isInstanceOf(Bz2Decoder.Unusual.class);
                continue;
            }
            assertThat(reused.decode(z, true, MAX)).as(f.toString()).isEqualTo(expected);
            intact++;
        }
        assertThat(intact).isGreaterThan(5);
    }

    @Test
    void damagedDataIsNeverDecodedToOtherBytes() throws Exception {
        byte[] z = compress(textLike(20_000, 3), 1);
        byte[] good = commons(z, true);
        Bz2Decoder d = new Bz2Decoder();
        int gaveUp = 0;
        for (int i = 0; i < z.length; i++) {
            byte[] bad = z.clone();
            bad[i] ^= (byte) (1 << (i % 8));
            byte[] mine;
            try {
                mine = d.decode(bad, true, MAX);
            } catch (Bz2Decoder.Unusual e) {
                gaveUp++;
                continue;
            }
            // a flip our decoder accepts must be one that changes nothing decoded (e.g. in the padding bits)
            assertThat(mine).as("bit flip at byte %d", i).isEqualTo(good);
        }
        assertThat(gaveUp).isGreaterThan(z.length * 9 / 10);
        for (int len = 0; len < z.length; len += 7) {
            byte[] cut = Arrays.copyOf(z, len);
            assertThatThrownBy(() -> d.decode(cut, true, MAX)).as("cut at %d", len)
                    .isInstanceOf(Bz2Decoder.Unusual.class);
        }
    }

    @Test
    void unusualInputIsLeftToCommonsCompress() throws Exception {
        byte[] z = compress(textLike(5000, 4), 9);
        // the randomised bit follows "BZh9", the block magic and the block CRC: bit 112
        byte[] randomised = z.clone();
        randomised[14] |= (byte) 0x80;
        assertThatThrownBy(() -> new Bz2Decoder().decode(randomised, true, MAX))
                .isInstanceOf(Bz2Decoder.Unusual.class).hasMessageContaining("randomised");
        byte[] trailing = Arrays.copyOf(z, z.length + 3);
        assertThatThrownBy(() -> new Bz2Decoder().decode(trailing, true, MAX)).isInstanceOf(Bz2Decoder.Unusual.class);
        assertThat(new Bz2Decoder().decode(trailing, false, MAX)).as("one stream: what follows is not read")
                .isEqualTo(commons(trailing, false));
        assertThatThrownBy(() -> new Bz2Decoder().decode(z, true, 4999)).as("over the size limit")
                .isInstanceOf(Bz2Decoder.Unusual.class);
        assertThat(new Bz2Decoder().decode(z, true, 5000)).hasSize(5000);
        List<byte[]> notBz2 = new ArrayList<>(List.of(new byte[0], "BZh0".getBytes(StandardCharsets.US_ASCII),
                "<mediawiki>".getBytes(StandardCharsets.US_ASCII)));
        for (byte[] b : notBz2) {
            assertThatThrownBy(() -> new Bz2Decoder().decode(b, true, MAX)).isInstanceOf(Bz2Decoder.Unusual.class);
        }
    }
}
