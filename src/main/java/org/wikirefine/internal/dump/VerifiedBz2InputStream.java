package org.wikirefine.internal.dump;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Sequential bz2 decoding that hands out a stream's bytes only after the whole stream has decoded and its CRC
 * matched, then goes on with the next concatenated stream. Plain {@code BZip2CompressorInputStream} hands out
 * damaged data before the CRC check fails and drops the bytes of a failing {@code read} call (reliability.md
 * 3.4), so without an index a late error used to cost pages that had decoded fine. With this stream every page
 * of every intact stream before the damage reaches the XML parser, and the error comes after them.
 *
 * <p>A stream larger than {@link #VERIFY_LIMIT} (single-stream dumps are one huge stream) is passed through as it
 * decodes, since buffering it would make memory grow with the dump. Data after the last stream that is not bz2 is
 * reported as a warning and treated as the end (the XML parser then decides whether the document was complete).
 */
final class VerifiedBz2InputStream extends InputStream {

    static final int VERIFY_LIMIT = 64 << 20;

    private final InputStream raw;
    private final Consumer<String> warnings;
    private final int limit;
    private byte[] buf = new byte[0];
    private int pos;
    private int len;
    private BZip2CompressorInputStream passThrough;
    private boolean eof;
    private boolean first = true;

    VerifiedBz2InputStream(InputStream raw, Consumer<String> warnings) {
        this(raw, warnings, VERIFY_LIMIT);
    }

    VerifiedBz2InputStream(InputStream raw, Consumer<String> warnings, int limit) {
        this.raw = raw.markSupported() ? raw : new java.io.BufferedInputStream(raw, 1 << 16);
        this.warnings = warnings;
        this.limit = limit;
    }

    /** Makes bytes available; false at the end. */
    private boolean fill() throws IOException {
        while (pos >= len) {
            if (eof) {
                return false;
            }
            if (passThrough != null) {
                if (buf.length < 1 << 16) {
                    buf = new byte[1 << 16];
                }
                int n = passThrough.read(buf, 0, buf.length);
                if (n < 0) {
                    passThrough = null;
                    continue;
                }
                pos = 0;
                len = n;
                continue;
            }
            raw.mark(4);
            int b0 = raw.read();
            if (b0 < 0) {
                eof = true;
                return false;
            }
            int b1 = raw.read();
            int b2 = raw.read();
            raw.reset();
            if (b0 != 'B' || b1 != 'Z' || b2 != 'h') {
                if (first) {
                    throw new IOException("Stream is not in the BZip2 format");
                }
                eof = true;
                warnings.accept("data after the last bz2 stream is not bzip2; ignored");
                return false;
            }
            first = false;
            // decompressConcatenated=false: decode exactly one stream, leaving raw at the next one
            BZip2CompressorInputStream in = new BZip2CompressorInputStream(raw, false);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            byte[] b = new byte[1 << 16];
            int n;
            boolean big = false;
            while ((n = in.read(b)) > 0) {
                out.write(b, 0, n);
                if (out.size() > limit) {
                    big = true;
                    break;
                }
            }
            buf = out.toByteArray();
            pos = 0;
            len = buf.length;
            if (big) {
                passThrough = in;
            }
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
        if (n == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int k = Math.min(n, len - pos);
        System.arraycopy(buf, pos, b, off, k);
        pos += k;
        return k;
    }

    @Override
    public int available() {
        return len - pos;
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }
}
