package org.wikirefine.internal.dump;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Not a test: the decode rate of the no-index bz2 path alone ({@link Bz2Blocks}: find, cut and decode every block
 * of a file held in memory, nothing parsed), for each number of decode threads given, interleaved round by round
 * in one JVM. Prints wall time and process CPU time (all threads) per configuration, and checks that every
 * configuration decodes the same bytes, and the reading thread's own CPU time (with decode threads: finding and
 * cutting out the blocks). 0 threads decodes on the reading thread. Runs against an older build too
 * (its {@code Bz2Blocks} has no decode threads): then only 0 is measured.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.wikirefine.internal.dump.Bz2BlocksRate FILE [ROUNDS [THREADS...]]</pre>
 */
public final class Bz2BlocksRate {

    private Bz2BlocksRate() {
    }

    public static void main(String[] args) throws Exception {
        byte[] file = Files.readAllBytes(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int[] threads = args.length > 2 ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {0, 1, 2};
        Constructor<Bz2Blocks> withThreads = null;
        try {
            withThreads = Bz2Blocks.class.getDeclaredConstructor(java.io.InputStream.class, long.class,
                    Consumer.class, int.class);
        } catch (NoSuchMethodException e) {
            threads = new int[] {0};
            System.out.println("this build has no decode threads: measuring the reading thread only");
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long reference = 0;
        boolean first = true;
        double[] bestWall = new double[threads.length];
        double[] bestCpu = new double[threads.length];
        Arrays.fill(bestWall, Double.MAX_VALUE);
        Arrays.fill(bestCpu, Double.MAX_VALUE);
        long bytes = 0;
        for (int round = 1; round <= rounds; round++) {
            for (int c = 0; c < threads.length; c++) {
                long cpu0 = os.getProcessCpuTime();
                long reader0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                long sum = 0;
                bytes = 0;
                int damaged = 0;
                Consumer<String> ignore = w -> { };
                try (Bz2Blocks b = threads[c] == 0 || withThreads == null
                        ? new Bz2Blocks(new ByteArrayInputStream(file), 0, ignore)
                        : withThreads.newInstance(new ByteArrayInputStream(file), 0L, ignore, threads[c])) {
                    PieceSource.Piece p;
                    while ((p = b.next()) != null) {
                        if (p.data() == null) {
                            damaged++;
                            continue;
                        }
                        sum = sum * 31 + Arrays.hashCode(p.data());
                        bytes += p.data().length;
                    }
                }
                double wall = (System.nanoTime() - w0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                double reader = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - reader0) / 1e9;
                if (first) {
                    reference = sum;
                    first = false;
                } else if (sum != reference) {
                    throw new IllegalStateException("configurations decoded other bytes");
                }
                bestWall[c] = Math.min(bestWall[c], wall);
                bestCpu[c] = Math.min(bestCpu[c], cpu);
                System.out.printf("round %d threads %d: %,d bytes, %d damaged  wall %.2f s (%.1f MB/s)  process cpu %.2f s"
                        + "  reading thread cpu %.2f s%n", round, threads[c], bytes, damaged, wall, bytes / 1e6 / wall,
                        cpu, reader);
            }
        }
        for (int c = 0; c < threads.length; c++) {
            System.out.printf("best threads %d: wall %.2f s (%.1f MB/s of XML), process cpu %.2f s%n", threads[c],
                    bestWall[c], bytes / 1e6 / bestWall[c], bestCpu[c]);
        }
    }
}
