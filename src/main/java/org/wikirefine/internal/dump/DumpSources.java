package org.wikirefine.internal.dump;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.wikirefine.DumpException;
import org.wikirefine.SiteInfo;

/** Opens the right {@link DumpSource} for an input: by multistream index when one is available, else sequential. */
public final class DumpSources {

    private DumpSources() {
    }

    /**
     * Opens a file.
     *
     * @param index         an explicit index file, or {@code null} to look for one beside the input
     * @param useIndex      {@code false} forces a sequential read even when an index exists
     * @param decodeThreads parallel bz2 decoders: of streams when reading by index, of blocks otherwise
     */
    public static DumpSource open(Path input, Path index, boolean useIndex, int decodeThreads, boolean verifySha1)
            throws IOException {
        if (!Files.exists(input) || Files.isDirectory(input)) {
            throw new NoSuchFileException(input.toString(), null, "no such dump file");
        }
        if (!Files.isRegularFile(input)) {
            // a FIFO, /dev/stdin or a process substitution: one sequential pass, compression from magic bytes.
            // FileInputStream, not Files.newInputStream: the channel stream's available() seeks, which a pipe
            // refuses ("Illegal seek")
            return new SequentialSource(new java.io.FileInputStream(input.toFile()), -1, decodeThreads, verifySha1);
        }
        Path idx = index != null ? index : (useIndex ? MultistreamIndex.besideInput(input) : null);
        if (idx != null && useIndex) {
            try (InputStream probe = new BufferedInputStream(Files.newInputStream(input))) {
                if (Compression.sniff(probe) != Compression.BZIP2) {
                    throw new DumpException("BAD_INDEX", "an index only applies to a .bz2 multistream dump; "
                            + input + " is not bzip2");
                }
            }
            return new IndexedSource(input, MultistreamIndex.read(idx), decodeThreads, verifySha1);
        }
        return new SequentialSource(Files.newInputStream(input), Files.size(input), decodeThreads, verifySha1);
    }

    /**
     * Opens a stream; always sequential. The stream is closed with the source. bz2 blocks are decoded on the
     * reading thread (a Spark task has one core).
     */
    public static DumpSource open(InputStream in, boolean verifySha1) {
        return open(in, 0, verifySha1);
    }

    /**
     * Opens a stream (stdin); always sequential. The stream is closed with the source.
     *
     * @param decodeThreads parallel bz2 block decoders; 0 decodes on the reading thread
     */
    public static DumpSource open(InputStream in, int decodeThreads, boolean verifySha1) {
        return new SequentialSource(in, -1, decodeThreads, verifySha1);
    }

    /**
     * A sequential read of the bytes from {@code base} on, where a checked index proved that a bz2 stream starts
     * between pages (the siteinfo is then {@code known}). Used by the Spark job where an index stops matching the
     * dump, as the CLI's by-index reader reads on sequentially.
     *
     * @param toTheEnd {@code false} when {@code in} ends where another proven stream starts, not at the end of the
     *                 dump (no footer is expected there)
     */
    public static DumpSource openFrom(InputStream in, long base, long inputSize, SiteInfo known, boolean toTheEnd,
                                      boolean verifySha1) {
        return new SequentialSource(in, base, inputSize, known, toTheEnd, 0, verifySha1);
    }

    /** The index file that would be used for an input, or {@code null}. */
    public static Path indexFor(Path input, Path explicit) {
        return explicit != null ? explicit : MultistreamIndex.besideInput(input);
    }
}
