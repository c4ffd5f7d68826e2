package org.wikirefine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.wikirefine.Article;
import org.wikirefine.Format;
import org.wikirefine.ParserEngine;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;

/**
 * CPU time of this thread (ThreadMXBean) for refining a whole corpus, parse + one variant as JSON, the work of
 * {@link PageBenchmark}: on a shared machine CPU time moves far less with the load than JMH's wall time, so this
 * is the harness for before/after decisions. After the warm-up rounds, prints the best and median round, split into
 * parse + build ({@code WikiRefiner.parse}) and render, and the bytes this thread allocated per round (the same on
 * every machine and at any load, for a given build).
 * Usage: {@code java -cp … org.wikirefine.bench.CorpusCpuTime [corpus folder or file] [rounds] [warm-up rounds]
 * [engine] [variant]} (defaults: fixtures/pages/en 30 20 NATIVE zh-tw).
 */
public final class CorpusCpuTime {

    private CorpusCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "fixtures/pages/en");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        ParserEngine engine = ParserEngine.valueOf(args.length > 3 ? args[3] : "NATIVE");
        Variant variant = Variant.fromCode(args.length > 4 ? args[4] : "zh-tw").orElseThrow();
        WikiProfile profile = corpus.toString().contains("/en") ? WikiProfile.ENWIKI : WikiProfile.ZHWIKI;
        WikiRefiner refiner = WikiRefiner.builder().profile(profile).parser(engine).build();
        List<String[]> pages = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> s = Files.isRegularFile(corpus) ? Stream.of(corpus) : Files.list(corpus)) {
            for (Path p : s.sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                pages.add(new String[] {p.getFileName().toString(), text});
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] parse = new long[rounds];
        long[] render = new long[rounds];
        long sink = 0;
        long allocated = 0;
        for (int r = -warmup; r < rounds; r++) {
            long allocatedBefore = allocatedBytes(mx);
            long parseNanos = 0;
            long renderNanos = 0;
            for (String[] p : pages) {
                long t0 = mx.getCurrentThreadCpuTime();
                Article a = refiner.parse(p[1], p[0]);
                long t1 = mx.getCurrentThreadCpuTime();
                sink += a.render(variant, Format.JSON).length();
                long t2 = mx.getCurrentThreadCpuTime();
                parseNanos += t1 - t0;
                renderNanos += t2 - t1;
            }
            if (r >= 0) {
                parse[r] = parseNanos;
                render[r] = renderNanos;
                allocated = allocatedBytes(mx) - allocatedBefore;
            }
        }
        long[] total = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            total[r] = parse[r] + render[r];
        }
        System.out.printf("%s: %d pages, %d bytes, %s %s, %d rounds after %d (sink %d)%n", corpus, pages.size(), bytes,
                engine, variant, rounds, warmup, sink);
        report("total ", total, bytes);
        report("parse ", parse, bytes);
        report("render", render, bytes);
        System.out.printf("  allocated %.1f MB per round (last round)%n", allocated / 1e6);
        System.exit(0);
    }

    private static long allocatedBytes(ThreadMXBean mx) {
        return ((com.sun.management.ThreadMXBean) mx).getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static void report(String what, long[] nanos, long bytes) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double best = sorted[0] / 1e6;
        double median = sorted[sorted.length / 2] / 1e6;
        System.out.printf("  %s best %8.2f ms CPU (%5.2f MB/s)  median %8.2f ms CPU (%5.2f MB/s)%n", what, best,
                bytes / 1e3 / best, median, bytes / 1e3 / median);
    }
}
