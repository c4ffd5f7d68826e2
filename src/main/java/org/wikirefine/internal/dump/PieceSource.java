package org.wikirefine.internal.dump;

/**
 * Decoded XML of a whole input in pieces, with the places where input was lost marked: the byte-level reader
 * under {@link PageSplitter}. Pieces are small (one bz2 block, or one buffer), so a fault costs only its piece.
 */
interface PieceSource extends AutoCloseable {

    /** Where decoded data is missing: the input bytes {@code [from, to)} could not be decoded. */
    record Damage(long from, long to, String reason, String detail, boolean rest) {
    }

    /** Decoded bytes, or a damaged span ({@code damage != null}, {@code data == null}). */
    record Piece(byte[] data, Damage damage) {
    }

    /** The next piece, or {@code null} at the end of the input (or after a damage that ends it). */
    Piece next();

    /** Input bytes consumed so far (for progress). */
    long inputBytes();

    @Override
    void close();
}
