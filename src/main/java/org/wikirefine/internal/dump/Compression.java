package org.wikirefine.internal.dump;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZUtils;
import org.wikirefine.DumpException;

/** Input compression, recognised by magic bytes (so stdin and misnamed files work too). */
public enum Compression {
    NONE, BZIP2, GZIP, XZ;

    /** Peeks at the first bytes of a mark-supporting stream. */
    static Compression sniff(InputStream in) throws IOException {
        in.mark(8);
        byte[] h = in.readNBytes(6);
        in.reset();
        if (h.length >= 3 && h[0] == 'B' && h[1] == 'Z' && h[2] == 'h') {
            return BZIP2;
        }
        if (h.length >= 2 && (h[0] & 0xff) == 0x1f && (h[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (h.length >= 6 && (h[0] & 0xff) == 0xFD && h[1] == '7' && h[2] == 'z' && h[3] == 'X' && h[4] == 'Z'
                && h[5] == 0) {
            return XZ;
        }
        return NONE;
    }

    /** Wraps a buffered raw stream in the right decompressor. */
    static InputStream decompress(BufferedInputStream in) throws IOException {
        switch (sniff(in)) {
            case BZIP2:
                // decompressConcatenated=true: without it a multistream dump silently ends after its first stream
                return new BZip2CompressorInputStream(in, true);
            case GZIP:
                return new GZIPInputStream(in, 1 << 16);   // reads concatenated members too
            case XZ:
                if (!XZUtils.isXZCompressionAvailable()) {
                    throw new DumpException("UNSUPPORTED_COMPRESSION",
                            "xz input needs org.tukaani:xz on the classpath, which this build does not ship; "
                                    + "decompress it first, e.g. `xz -dc FILE.xz | wikirefine dump -`");
                }
                return XZCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get();
            default:
                return in;
        }
    }
}
