package org.wikirefine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.wikirefine.Format;
import org.wikirefine.ParserEngine;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;
import org.wikirefine.internal.article.ProfileSyntax;
import org.wikirefine.internal.parse.SwebleParser;
import org.wikirefine.internal.wikitext.WikitextParser;

/**
 * Both engines side by side in one JVM, rounds interleaved so that machine load hits both alike (JMH
 * {@link PageBenchmark} is the measurement of record; this is for a quick comparison on a busy machine). Per input:
 * parse only (native parser vs Sweble's postprocess) and parse + one variant as JSON, best round, single thread.
 * Usage: {@code java -cp … org.wikirefine.bench.EngineTiming [seconds per phase] [path…]}
 */
public final class EngineTiming {

    private EngineTiming() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String> inputs = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("fixtures/pages/zh", "fixtures/pages/en");
        for (String input : inputs) {
            WikiProfile profile = input.contains("/en") ? WikiProfile.ENWIKI : WikiProfile.ZHWIKI;
            List<String[]> pages = load(Path.of(input));
            long bytes = pages.stream().mapToLong(p -> p[1].getBytes(StandardCharsets.UTF_8).length).sum();
            WikitextParser nativeParser = new WikitextParser(new ProfileSyntax(profile));
            SwebleParser sweble = SwebleParser.forProfile(profile);
            WikiRefiner n = WikiRefiner.builder().profile(profile).parser(ParserEngine.NATIVE).build();
            WikiRefiner s = WikiRefiner.builder().profile(profile).parser(ParserEngine.SWEBLE).build();
            Runnable parseNative = () -> pages.forEach(p -> {
                try {
                    nativeParser.parse(p[1]);
                } catch (org.wikirefine.internal.wikitext.Decline declined) {
                    // counted with the pages it gave up on: the time until it declined is part of the cost
                }
            });
            Runnable parseSweble = () -> pages.forEach(p -> {
                try {
                    sweble.parse(p[1]);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Runnable refineNative = () -> pages.forEach(p -> n.parse(p[1], p[0]).render(Variant.ZH_TW, Format.JSON));
            Runnable refineSweble = () -> pages.forEach(p -> s.parse(p[1], p[0]).render(Variant.ZH_TW, Format.JSON));
            Runnable buildNative = () -> pages.forEach(p -> n.parse(p[1], p[0]));
            Runnable buildSweble = () -> pages.forEach(p -> s.parse(p[1], p[0]));
            double[] best = interleave(seconds, parseNative, parseSweble, refineNative, refineSweble, buildNative,
                    buildSweble);
            System.out.printf("%s (%d pages, %d bytes)%n", input, pages.size(), bytes);
            String[] names = {"parse native", "parse sweble", "parse+JSON native", "parse+JSON sweble",
                "build native", "build sweble"};
            for (int i = 0; i < names.length; i++) {
                System.out.printf("  %-18s %9.3f ms  %7.2f MB/s%n", names[i], best[i] / 1e6, bytes / (best[i] / 1e9) / 1e6);
            }
        }
        System.exit(0);
    }

    /** Warms all tasks, then runs them in turn until the time is up; the best time of each. */
    private static double[] interleave(int seconds, Runnable... tasks) {
        long warmEnd = System.nanoTime() + seconds * 500_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (Runnable t : tasks) {
                t.run();
            }
        }
        double[] best = new double[tasks.length];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int rounds = 0;
        while (System.nanoTime() < end || rounds < 3) {
            for (int i = 0; i < tasks.length; i++) {
                long t0 = System.nanoTime();
                tasks[i].run();
                best[i] = Math.min(best[i], System.nanoTime() - t0);
            }
            rounds++;
        }
        return best;
    }

    private static List<String[]> load(Path path) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.isRegularFile(path) ? Stream.of(path) : Files.list(path)) {
            for (Path p : s.sorted().toList()) {
                out.add(new String[] {p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)});
            }
        }
        return out;
    }
}
