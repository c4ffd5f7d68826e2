package org.wikirefine.internal.bz2;

/**
 * MSB-first bit reader over a byte array, as bzip2 packs its bits. Up to 57 bits are buffered in a long, so a
 * Huffman code of up to 20 bits can be peeked at and consumed without a call per bit. Reading past the end
 * yields zero bits; {@link #overrun()} tells whether that happened.
 */
final class BitReader {

    // package-private: the block decoder's symbol loop keeps them in locals (see Bz2Decoder#symbols)
    final byte[] in;
    final int end;
    int pos;
    /** Buffered bits, right-aligned; only the low {@code count} bits are valid. */
    long buf;
    int count;

    BitReader(byte[] in, int from, int end) {
        this.in = in;
        this.pos = from;
        this.end = end;
    }

    /** Fills the buffer to at least 57 bits (zero bytes past the end). */
    private void refill() {
        while (count <= 56) {
            buf = buf << 8 | (pos < end ? in[pos] & 0xff : 0);
            pos++;
            count += 8;
        }
    }

    /** The next {@code n} (1..24) bits, not consumed. */
    int peek(int n) {
        if (count < n) {
            refill();
        }
        return (int) (buf >>> (count - n)) & ((1 << n) - 1);
    }

    void skip(int n) {
        count -= n;
    }

    /** Reads {@code n} (1..24) bits. */
    int bits(int n) {
        int v = peek(n);
        count -= n;
        return v;
    }

    boolean bit() {
        return bits(1) != 0;
    }

    /** Reads 48 bits (a block or end-of-stream magic). */
    long bits48() {
        return (long) bits(24) << 24 | bits(24);
    }

    /** Reads 32 bits (a CRC). */
    int int32() {
        return bits(16) << 16 | bits(16);
    }

    /** Drops the bits left in the current byte (bzip2 pads each stream to a byte). */
    void alignToByte() {
        count -= count & 7;
    }

    /** Position of the next unread bit, in bits from the start of the array. */
    long bitPosition() {
        return (long) pos * 8 - count;
    }

    /** Whether more bits were read than the input holds. */
    boolean overrun() {
        return bitPosition() > (long) end * 8;
    }

    /** Whether every byte has been read (after {@link #alignToByte()}). */
    boolean atEnd() {
        return bitPosition() >= (long) end * 8;
    }
}
