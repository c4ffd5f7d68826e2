package org.wikirefine.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.wikirefine.BaseConversion;
import org.wikirefine.Variant;
import org.wikirefine.internal.convert.ConverterBenchmarkSupport;
import org.wikirefine.internal.convert.ZhVariantConverter;

/**
 * Conversion throughput on the seed page (fixtures/pages/zh, 44 k chars) with its noteTA rules, and table startup.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.wikirefine.bench.ConverterBenchmark
 * # or plain JMH: java -cp … org.openjdk.jmh.Main ConverterBenchmark
 * </pre>
 * {@link #main} prints Mchars/s per thread (UTF-16 chars of the page per second) after the JMH table.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ConverterBenchmark {

    static final Path SEED = Path.of("fixtures/pages/zh/阿勒颇战役.wikitext");

    @Param({"zh-tw", "zh-hans", "zh-hk"})
    public String variant;

    private ZhVariantConverter converter;
    private Variant v;
    /** The seed page with its {{noteTA}} expanded to -{H|…}- markup (the session sees rendered text, markup included). */
    private String page;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        converter = ZhVariantConverter.create(BaseConversion.openCc());
        v = Variant.fromCode(variant).orElseThrow();
        converter.preload(v);
        page = ConverterBenchmarkSupport.expandNoteTa(Files.readString(SEED, StandardCharsets.UTF_8));
    }

    /** One page: open a session (cheap) and convert the whole page as one segment, rules included. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public String convertPage() {
        return converter.open(v, false, false).convert(page);
    }

    /** Cold build of one variant's base table from OpenCC's dictionaries (what the first session pays). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 5)
    public Object tableStartup() {
        return ConverterBenchmarkSupport.buildFreshTable(v);
    }

    public static void main(String[] args) throws Exception {
        Options opt = new OptionsBuilder().include(ConverterBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(opt).run();
        int chars = Files.readString(SEED, StandardCharsets.UTF_8).length();
        System.out.println();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            if (name.endsWith("convertPage")) {
                System.out.printf("%s %s: %.1f pages/s = %.2f Mchars/s per thread (page %d chars)%n",
                        name.substring(name.lastIndexOf('.') + 1), r.getParams().getParam("variant"), score,
                        score * chars / 1e6, chars);
            } else {
                System.out.printf("%s %s: %.1f ms%n", name.substring(name.lastIndexOf('.') + 1),
                        r.getParams().getParam("variant"), score);
            }
        }
    }
}
