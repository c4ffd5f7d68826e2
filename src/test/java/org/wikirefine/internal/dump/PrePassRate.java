package org.wikirefine.internal.dump;

import java.nio.file.Path;

/**
 * Not a test: wall time of the by-index site-data pre-pass ({@link DumpSupportData#collect}) with one decode
 * thread (one stream at a time, as the pass ran before it used the decode threads) and with THREADS, interleaved
 * round by round in one JVM.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.wikirefine.internal.dump.PrePassRate DUMP THREADS [ROUNDS]</pre>
 */
public final class PrePassRate {

    private PrePassRate() {
    }

    public static void main(String[] args) throws Exception {
        Path dump = Path.of(args[0]);
        int[] threads = {1, Integer.parseInt(args[1])};
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 1; round <= rounds; round++) {
            for (int which = 0; which < 2; which++) {
                long t0 = System.nanoTime();
                DumpSupportData d = DumpSupportData.collect(dump, null, threads[which]);
                double s = (System.nanoTime() - t0) / 1e9;
                best[which] = Math.min(best[which], s);
                System.out.printf("round %d, %d thread(s): %.2f s (%s)%n", round, threads[which], s, d);
            }
        }
        System.out.printf("best: 1 thread %.2f s, %d threads %.2f s%n", best[0], threads[1], best[1]);
    }
}
