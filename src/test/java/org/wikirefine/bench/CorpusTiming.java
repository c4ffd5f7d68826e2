package org.wikirefine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.wikirefine.Format;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;

/**
 * A quick end-to-end timing over the corpus pages, single thread, after a warm-up: per-page best-of-5 times for
 * the slowest pages and the corpus throughput (MB/s of wikitext, parse + one variant as JSON). JMH
 * ({@link PageBenchmark}) is the measurement of record; this gives per-page detail.
 * Usage: {@code java -cp … org.wikirefine.bench.CorpusTiming [warmupSeconds] [variant]}
 */
public final class CorpusTiming {

    private CorpusTiming() {
    }

    public static void main(String[] args) throws IOException {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Variant v = Variant.fromCode(args.length > 1 ? args[1] : "zh-tw").orElseThrow();
        List<Object[]> pages = new ArrayList<>();
        for (String dir : List.of("fixtures/pages/zh", "fixtures/pages/en")) {
            WikiRefiner r = WikiRefiner.builder().profile(dir.endsWith("en") ? WikiProfile.ENWIKI : WikiProfile.ZHWIKI).build();
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                for (Path p : s.sorted().toList()) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    pages.add(new Object[] {p.getFileName().toString(), text, r, text.getBytes(StandardCharsets.UTF_8).length});
                }
            }
        }
        long end = System.nanoTime() + warmup * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (Object[] p : pages) {
                ((WikiRefiner) p[2]).parse((String) p[1], (String) p[0]).render(v, Format.JSON);
            }
        }
        long totalBytes = 0;
        long totalNanos = 0;
        List<long[]> times = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Object[] p = pages.get(i);
            long best = Long.MAX_VALUE;
            for (int k = 0; k < 5; k++) {
                long t0 = System.nanoTime();
                ((WikiRefiner) p[2]).parse((String) p[1], (String) p[0]).render(v, Format.JSON);
                best = Math.min(best, System.nanoTime() - t0);
            }
            totalBytes += (int) p[3];
            totalNanos += best;
            times.add(new long[] {i, best});
        }
        times.sort(Comparator.comparingLong((long[] t) -> t[1]).reversed());
        System.out.printf("pages %d, %.2f MB of wikitext, %.1f ms in all (best of 5 each) => %.1f MB/s single thread (%s)%n",
                pages.size(), totalBytes / 1e6, totalNanos / 1e6, totalBytes / 1e6 / (totalNanos / 1e9), v);
        for (int k = 0; k < 5; k++) {
            Object[] p = pages.get((int) times.get(k)[0]);
            System.out.printf("  %-50s %8d bytes %8.1f ms%n", p[0], (int) p[3], times.get(k)[1] / 1e6);
        }
    }
}
