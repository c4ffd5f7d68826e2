package org.wikirefine.internal.dump;

import java.io.IOException;
import java.io.InputStream;

/** An input stream that produces bytes in chunks: the single-byte read goes through the bulk read. */
abstract class ChunkedInputStream extends InputStream {

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public abstract int read(byte[] b, int off, int n) throws IOException;
}
