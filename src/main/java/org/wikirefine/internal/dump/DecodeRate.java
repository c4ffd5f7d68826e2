package org.wikirefine.internal.dump;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Benchmark helper (used by {@code src/bench/dump-bench.sh}): the decompression ceiling on this machine, measured
 * in the same run as the end-to-end numbers. Prints single-thread commons-compress MB/s of XML and, when an index
 * is present, the rate of the parallel by-index reader (decode + XML parse + sha1, no page processing).
 *
 * <p>{@code java -cp wikirefine-cli.jar org.wikirefine.internal.dump.DecodeRate DUMP.xml.bz2 [THREADS]}
 */
public final class DecodeRate {

    private DecodeRate() {
    }

    public static void main(String[] args) throws Exception {
        Path f = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        long n = 0;
        try (InputStream in = new BZip2CompressorInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16),
                true)) {
            byte[] b = new byte[1 << 16];
            int k;
            while ((k = in.read(b)) > 0) {
                n += k;
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "bz2_single_thread_mb_s=%.1f xml_bytes=%d%n", n / 1e6 / s, n);
        try (DumpSource src = DumpSources.open(f, null, true, threads, true)) {
            long t1 = System.nanoTime();
            long pages = 0;
            DumpSource.Unit u;
            while ((u = src.next()) != null) {
                pages += u.items().size();
            }
            double s1 = (System.nanoTime() - t1) / 1e9;
            System.out.printf(Locale.ROOT, "reader_%s_threads=%d reader_mb_s=%.1f reader_pages_s=%.0f pages=%d%n",
                    src.indexed() ? "indexed" : "sequential", threads, src.xmlBytes() / 1e6 / s1, pages / s1, pages);
        }
    }
}
