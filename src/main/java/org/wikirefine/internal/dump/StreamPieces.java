package org.wikirefine.internal.dump;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Pieces of an already decoded stream (plain XML, gzip). Deflate has no resynchronisation points, so a
 * decompression error ends the input: it becomes a damage with {@code rest = true}, after the bytes read before it.
 */
final class StreamPieces implements PieceSource {

    static final int PIECE = 1 << 20;
    static final int READ = 512;

    private final InputStream in;
    private final LongSupplier consumed;
    private boolean done;

    StreamPieces(InputStream decoded, LongSupplier consumed) {
        this.in = decoded;
        this.consumed = consumed;
    }

    @Override
    public Piece next() {
        if (pendingError != null) {
            return damage(pendingError);
        }
        if (done) {
            return null;
        }
        byte[] b = new byte[PIECE];
        int n = 0;
        try {
            while (n < b.length) {
                // small reads: a failing inflate call drops what it decoded, so at most this much is lost
                int k = in.read(b, n, Math.min(READ, b.length - n));
                if (k < 0) {
                    done = true;
                    break;
                }
                n += k;
            }
        } catch (IOException | RuntimeException e) {
            done = true;
            if (n > 0) {
                // hand out what was decoded first; the damage follows on the next call
                pendingError = e;
                return new Piece(Arrays.copyOf(b, n), null);
            }
            return damage(e);
        }
        if (n == 0) {
            return null;
        }
        return new Piece(n == b.length ? b : Arrays.copyOf(b, n), null);
    }

    private Throwable pendingError;

    private Piece damage(Throwable e) {
        Throwable t = pendingError != null ? pendingError : e;
        pendingError = null;
        long at = consumed.getAsLong();
        return new Piece(null, new Damage(at, -1, Xml.reasonOf(t), "the input cannot be decoded past byte " + at
                + ": " + Xml.detailOf(t), true));
    }

    @Override
    public long inputBytes() {
        return consumed.getAsLong();
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only input
        }
    }
}
