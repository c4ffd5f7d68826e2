package org.wikirefine.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.wikirefine.internal.bz2.Bz2Decoder;

/**
 * Not a test: single-thread decode rate of a .bz2 file held in memory, commons-compress against
 * {@link Bz2Decoder}, interleaved round by round in one JVM (A, B, A, B…), by thread CPU time and wall time.
 * With an index the file is decoded stream by stream, as the by-index reader does; without, as one run of
 * concatenated streams. Round 1 is the cold one; the best round of each is printed last, with the ratio. Checks
 * that both decode the same bytes.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.wikirefine.bench.Bz2DecodeRate FILE [ROUNDS [OFFSETS]]</pre>
 * OFFSETS: a text file of stream start offsets, one a line (e.g. the distinct offsets of a multistream index).
 */
public final class Bz2DecodeRate {

    private Bz2DecodeRate() {
    }

    public static void main(String[] args) throws Exception {
        byte[] file = Files.readAllBytes(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<byte[]> streams = new ArrayList<>();
        if (args.length > 2) {
            long[] offs = Files.readAllLines(Path.of(args[2])).stream().filter(s -> !s.isBlank())
                    .mapToLong(Long::parseLong).toArray();
            for (int i = 0; i < offs.length; i++) {
                int to = i + 1 < offs.length ? (int) offs[i + 1] : file.length;
                streams.add(Arrays.copyOfRange(file, (int) offs[i], to));
            }
        } else {
            streams.add(file);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long reference = -1;
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        long bytes = 0;
        for (int round = 1; round <= rounds; round++) {
            for (int which = 0; which < 2; which++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                long sum = 0;
                bytes = 0;
                for (byte[] s : streams) {
                    byte[] data = which == 0 ? commons(s) : new Bz2Decoder().decode(s, true, Integer.MAX_VALUE - 8);
                    sum = sum * 31 + Arrays.hashCode(data);
                    bytes += data.length;
                }
                double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                double wall = (System.nanoTime() - w0) / 1e9;
                if (reference == -1) {
                    reference = sum;
                } else if (reference != sum) {
                    throw new IllegalStateException("the decoders decoded other bytes");
                }
                best[which] = Math.min(best[which], cpu);
                System.out.printf("round %d %-8s %,d bytes  cpu %.2f s (%.1f MB/s)  wall %.2f s (%.1f MB/s)%n", round,
                        which == 0 ? "commons" : "own", bytes, cpu, bytes / 1e6 / cpu, wall, bytes / 1e6 / wall);
            }
        }
        System.out.printf("best cpu: commons %.1f MB/s, own %.1f MB/s, ratio %.2f%n", bytes / 1e6 / best[0],
                bytes / 1e6 / best[1], best[0] / best[1]);
    }

    private static byte[] commons(byte[] comp) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(comp.length * 4);
        try (InputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(comp), true)) {
            in.transferTo(out);
        }
        return out.toByteArray();
    }
}
