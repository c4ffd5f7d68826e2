package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The by-index reader decodes with our bz2 decoder, and damaged data with commons-compress: the exception, and so
 * the error record made from it, is the one commons-compress gives.
 */
class Bz2FallbackTest {

    private static byte[] compress(String text) throws Exception {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream out = new BZip2CompressorOutputStream(bo, 1)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bo.toByteArray();
    }

    @Test
    void damagedStreamsFailAsWithCommonsCompressAlone() throws Exception {
        byte[] z = compress("<page><title>x</title></page>\n".repeat(3000));
        int failures = 0;
        for (int i = 0; i < z.length; i += 3) {
            byte[] bad = z.clone();
            bad[i] ^= (byte) (0x11 << (i % 4));
            for (boolean concatenated : new boolean[] {true, false}) {
                Throwable expected = catchThrowable(() -> IndexedSource.decodeBz2Commons(bad, concatenated));
                Throwable actual = catchThrowable(() -> IndexedSource.decodeBz2(bad, concatenated));
                if (expected == null) {
                    assertThat(actual).as("byte %d", i).isNull();
                    assertThat(IndexedSource.decodeBz2(bad, concatenated))
                            .isEqualTo(IndexedSource.decodeBz2Commons(bad, concatenated));
                    continue;
                }
                failures++;
                assertThat(actual).as("byte %d", i).isNotNull().hasSameClassAs(expected)
                        .hasMessage(expected.getMessage());
                assertThat(Xml.reasonOf(actual)).isEqualTo(Xml.reasonOf(expected));
            }
        }
        assertThat(failures).isGreaterThan(z.length / 3);
        byte[] cut = java.util.Arrays.copyOf(z, z.length / 2);
        assertThat(catchThrowable(() -> IndexedSource.decodeBz2(cut, true)))
                .hasMessage(catchThrowable(() -> IndexedSource.decodeBz2Commons(cut, true)).getMessage());
    }
}
