package org.wikirefine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.wikirefine.Format;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;

/**
 * Single-thread cost of refining whole pages: parse + build + one variant rendered as JSON, over every page of a
 * corpus folder per operation. MB/s of wikitext = corpus bytes (printed at setup) / time per operation.
 * Run (see docs/benchmarks.md):
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.openjdk.jmh.Main PageBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Xss8m"})
public class PageBenchmark {

    @Param({"fixtures/pages/zh", "fixtures/pages/en"})
    public String corpus;

    @Param({"zh-tw"})
    public String variant;

    @Param({"NATIVE", "SWEBLE"})
    public String engine;

    private final List<String[]> pages = new ArrayList<>();
    private WikiRefiner refiner;
    private Variant v;

    @Setup(Level.Trial)
    public void load() throws IOException {
        refiner = WikiRefiner.builder().profile(corpus.endsWith("/en") ? WikiProfile.ENWIKI : WikiProfile.ZHWIKI)
                .parser(org.wikirefine.ParserEngine.valueOf(engine)).build();
        v = Variant.fromCode(variant).orElseThrow();
        long bytes = 0;
        // A folder is a corpus; a file is one page (the ~2 KB page and the seed page of docs/benchmarks.md).
        try (Stream<Path> s = Files.isRegularFile(Path.of(corpus)) ? Stream.of(Path.of(corpus)) : Files.list(Path.of(corpus))) {
            for (Path p : s.sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                pages.add(new String[] {p.getFileName().toString(), text});
            }
        }
        System.out.printf("%n[corpus] %s: %d pages, %d bytes of wikitext%n", corpus, pages.size(), bytes);
    }

    @Benchmark
    public void refineCorpusToJson(Blackhole bh) {
        for (String[] p : pages) {
            bh.consume(refiner.parse(p[1], p[0]).render(v, Format.JSON));
        }
    }
}
