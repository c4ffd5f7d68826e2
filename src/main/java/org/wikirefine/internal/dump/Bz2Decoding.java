package org.wikirefine.internal.dump;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.wikirefine.internal.bz2.Bz2Decoder;

/**
 * Whole bz2 data in memory to bytes, for every reader of bz2 (streams by index, byte ranges, blocks without an
 * index): our own decoder first (faster, docs/dumps.md), commons-compress on anything it does not expect, damage
 * included, so damage is reported exactly as commons-compress reports it.
 */
final class Bz2Decoding {

    /** One decoder per decoding thread: its block tables (about 8 MB) are reused from stream to stream. */
    private static final ThreadLocal<Bz2Decoder> DECODER = ThreadLocal.withInitial(Bz2Decoder::new);

    private Bz2Decoding() {
    }

    /**
     * Decodes {@code comp}: its first stream, or with {@code concatenated} every stream up to its end.
     *
     * @param maxBytes  the most decoded bytes accepted
     * @param overLimit the message of the {@link IOException} thrown when the data decodes to more
     */
    static byte[] decode(byte[] comp, boolean concatenated, int maxBytes, String overLimit) throws IOException {
        try {
            return DECODER.get().decode(comp, concatenated, maxBytes);
        } catch (Bz2Decoder.Unusual | RuntimeException e) {
            // a fault of our decoder would cost pages; commons-compress has the last word
            return decodeCommons(comp, concatenated, maxBytes, overLimit);
        }
    }

    /** {@link #decode} with commons-compress only (the fallback, and the reference of the tests). */
    static byte[] decodeCommons(byte[] comp, boolean concatenated, int maxBytes, String overLimit)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, comp.length * 4));
        try (InputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(comp), concatenated)) {
            byte[] b = new byte[1 << 16];
            int n;
            while ((n = in.read(b)) > 0) {
                out.write(b, 0, n);
                if (out.size() > maxBytes) {
                    throw new IOException(overLimit);
                }
            }
        }
        return out.toByteArray();
    }
}
