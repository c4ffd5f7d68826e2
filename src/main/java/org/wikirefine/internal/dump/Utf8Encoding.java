package org.wikirefine.internal.dump;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The characters of a reader as UTF-8 bytes (unpaired surrogates become U+FFFD, so the page's sha1 fails). */
final class Utf8Encoding extends ChunkedInputStream {

    private final Reader in;
    private final CharsetEncoder enc = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(1 << 14);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean eof;

    Utf8Encoding(Reader in) {
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
        while (!bytes.hasRemaining()) {
            if (eof) {
                return -1;
            }
            int k = in.read(chars);
            eof = k < 0;
            chars.flip();
            bytes.clear();
            enc.encode(chars, bytes, eof);
            if (eof) {
                enc.flush(bytes);
            }
            chars.compact();
            bytes.flip();
        }
        int k = Math.min(n, bytes.remaining());
        bytes.get(b, off, k);
        return k;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
