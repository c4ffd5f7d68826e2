package org.wikirefine.internal.dump;

import java.io.IOException;
import java.io.InputStream;

/** Adapters around a {@link PieceSource}: put a peeked piece back, or read the pieces as a plain stream. */
final class PieceStreams {

    private PieceStreams() {
    }

    /** {@code first}, then the rest of {@code src}. */
    static PieceSource withFirst(PieceSource.Piece first, PieceSource src) {
        return new PieceSource() {
            private boolean given;

            @Override
            public Piece next() {
                if (!given) {
                    given = true;
                    return first;
                }
                return src.next();
            }

            @Override
            public long inputBytes() {
                return src.inputBytes();
            }

            @Override
            public void close() {
                src.close();
            }
        };
    }

    /** The decoded bytes as a stream; a damaged span is an {@link IOException} (no resynchronisation). */
    static InputStream asStream(PieceSource src) {
        return new ChunkedInputStream() {
            private byte[] cur = new byte[0];
            private int pos;

            @Override
            public int read(byte[] b, int off, int n) throws IOException {
                while (pos >= cur.length) {
                    PieceSource.Piece p = src.next();
                    if (p == null) {
                        return -1;
                    }
                    if (p.damage() != null) {
                        throw new IOException(p.damage().detail());
                    }
                    cur = p.data();
                    pos = 0;
                }
                int k = Math.min(n, cur.length - pos);
                System.arraycopy(cur, pos, b, off, k);
                pos += k;
                return k;
            }

            @Override
            public void close() {
                src.close();
            }
        };
    }
}
