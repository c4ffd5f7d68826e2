package org.wikirefine.internal.bz2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The bulk CRC equals bzip2's CRC: checked against a bit-at-a-time MSB-first CRC-32 written from its definition,
 * and against the block CRC that commons-compress writes into a one-block stream.
 */
class Bz2CrcTest {

    /** CRC-32, polynomial 0x04C11DB7, MSB first, initial value and final XOR all ones (bzip2's). */
    private static int definition(byte[] b, int off, int len) {
        int crc = 0xffffffff;
        for (int i = off; i < off + len; i++) {
            crc ^= (b[i] & 0xff) << 24;
            for (int k = 0; k < 8; k++) {
                crc = crc < 0 ? crc << 1 ^ 0x04C11DB7 : crc << 1;
            }
        }
        return ~crc;
    }

    @Test
    void bulkCrcEqualsTheDefinitionForManySizesAndOffsets() {
        Random rnd = new Random(42);
        Bz2Crc crc = new Bz2Crc();
        // "123456789" is the usual check string: 0xFC891918 for this CRC (CRC-32/BZIP2)
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(crc.of(check, 0, check.length)).isEqualTo(0xFC891918).isEqualTo(definition(check, 0, 9));
        for (int len : new int[] {0, 1, 2, 7, 100, 65_535, 65_536, 65_537, 200_003}) {
            byte[] b = new byte[len + 5];
            rnd.nextBytes(b);
            assertThat(crc.of(b, 3, len)).as("length %d", len).isEqualTo(definition(b, 3, len));
        }
    }

    @Test
    void bulkCrcEqualsTheBlockCrcCommonsCompressWrites() throws Exception {
        Random rnd = new Random(7);
        for (int len : new int[] {1, 10, 1000, 50_000}) {
            byte[] data = new byte[len];
            rnd.nextBytes(data);
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            try (BZip2CompressorOutputStream out = new BZip2CompressorOutputStream(bo, 9)) {
                out.write(data);
            }
            byte[] z = bo.toByteArray();
            // "BZh9", the 6-byte block magic, then the block CRC, big-endian
            int stored = (z[10] & 0xff) << 24 | (z[11] & 0xff) << 16 | (z[12] & 0xff) << 8 | z[13] & 0xff;
            assertThat(new Bz2Crc().of(data, 0, len)).as("length %d", len).isEqualTo(stored);
        }
    }
}
