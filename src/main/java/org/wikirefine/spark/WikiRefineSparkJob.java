package org.wikirefine.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.CollectionAccumulator;
import org.wikirefine.DumpException;
import org.wikirefine.SiteInfo;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.dump.ByteRangeDecoding;
import org.wikirefine.internal.dump.DumpManifest;
import org.wikirefine.internal.dump.DumpOptions;
import org.wikirefine.internal.dump.DumpSource;
import org.wikirefine.internal.dump.DumpSources;
import org.wikirefine.internal.dump.Json;
import org.wikirefine.internal.dump.IndexCheck;
import org.wikirefine.internal.dump.MultistreamIndex;
import org.wikirefine.internal.dump.ToolRecord;
import org.wikirefine.internal.dump.DumpSupportData;
import org.wikirefine.internal.dump.RefinerSetup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wikirefine dump} on Apache Spark: a dump is cut into splits of whole bz2 streams (by its multistream index),
 * the splits are refined in parallel by the executors, and every page's outcome (one row per page and variant, an
 * error row, or a filtered row) is written by one {@code DataFrameWriter} job, so Spark's output commit protocol
 * decides which task attempt's files become output. The accounting ({@code read = written + filtered + errored}) is
 * then computed from the committed output and written to {@code manifest.json} beside it.
 *
 * <p>Run it with {@code spark-submit --class org.wikirefine.spark.WikiRefineSparkJob wikirefine-…-cli.jar INPUT
 * --out DIR …} (see {@code docs/spark.md}), or call {@link #run(SparkSession, JobOptions)} from a driver program.
 */
@Command(name = "wikirefine-spark", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Refine a MediaWiki XML dump on Apache Spark into Parquet or JSONL, with accounting.")
public final class WikiRefineSparkJob implements Callable<Integer> {

    /** Name of the data folder inside the output folder. */
    public static final String DATA = "data";
    /** Name of the manifest written beside the data, last. */
    public static final String MANIFEST = "manifest.json";

    /**
     * The outcome of a run.
     *
     * @param exitCode 0 all pages written or filtered, 1 some pages became error rows, 3 the input could not be read
     *                 to its end or the accounting does not balance
     * @param manifest the manifest's JSON text, as written
     */
    public record Result(int exitCode, String manifest, long read, long written, long records, long filtered,
                         long errored, long inputErrors, boolean balanced) {
    }

    @Parameters(index = "0", paramLabel = "INPUT", description = "Dump file or URI (.xml, .xml.bz2, .xml.gz).")
    String input;

    @Mixin
    DumpOptions common = new DumpOptions();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (data/ + manifest.json).")
    String out;

    @Option(names = "--output-format", defaultValue = "parquet", paramLabel = "parquet|jsonl",
            description = "Parquet columns, or JSONL lines as the CLI writes them. Default: ${DEFAULT-VALUE}.")
    String outputFormat;

    @Option(names = "--index", paramLabel = "FILE", description = "Multistream index. Default: beside INPUT.")
    String index;

    @Option(names = "--no-index", description = "Read the dump as one split even when an index exists.")
    boolean noIndex;

    @Option(names = "--split-mb", defaultValue = "32", paramLabel = "MB",
            description = "Target compressed size of a split. Default: ${DEFAULT-VALUE}.")
    double splitMb;

    @Option(names = "--streams-per-split", defaultValue = "0", paramLabel = "N",
            description = "Fixed number of bz2 streams per split (overrides --split-mb).")
    int streamsPerSplit;

    @Option(names = "--threads-per-task", defaultValue = "1", paramLabel = "N",
            description = "Page workers inside one task. Default: ${DEFAULT-VALUE}.")
    int threadsPerTask;

    @Option(names = "--overwrite", description = "Replace an existing output folder.")
    boolean overwrite;

    /** The {@code spark-submit} entry point. Exit code as {@link Result#exitCode()}; 2 for usage, 3 for failures. */
    public static void main(String[] args) {
        int code = new CommandLine(new WikiRefineSparkJob()).execute(args);
        System.exit(code);
    }

    @Override
    public Integer call() {
        JobOptions o;
        try {
            o = new JobOptions().input(input).output(out).format(JobOptions.OutputFormat.parse(outputFormat))
                    .variants(common.variants().stream().map(Variant::code).toList()).useIndex(!noIndex).index(index)
                    .splitMb(splitMb).streamsPerSplit(streamsPerSplit).threadsPerTask(threadsPerTask)
                    .pageTimeoutSeconds(common.pageTimeout()).templateRules(common.templateRules())
                    .overwrite(overwrite).namespaces(common.namespaces()).keepRedirects(common.keepRedirects())
                    .profile(common.profile()).conversionTable(common.conversionTable()).siteData(common.siteData());
        } catch (IllegalArgumentException e) {
            System.err.println("wikirefine-spark: " + e.getMessage());
            return 2;
        }
        SparkSession spark = SparkSession.builder().appName("wikirefine").getOrCreate();
        try {
            Result r = run(spark, o);
            System.err.printf(Locale.ROOT, "wikirefine-spark: %,d pages read = %,d written + %,d filtered + %,d errored;"
                    + " %,d records; balanced=%s; output in %s%n", r.read(), r.written(), r.filtered(), r.errored(),
                    r.records(), r.balanced(), o.output());
            return r.exitCode();
        } catch (IOException | RuntimeException e) {
            System.err.println("wikirefine-spark: FATAL: " + e);
            return 3;
        } finally {
            spark.stop();
        }
    }

    WikiRefineSparkJob() {
    }

    /**
     * Runs the job on a session: reads the dump, writes {@code OUT/data} (partitioned by {@code kind}) and then
     * {@code OUT/manifest.json}. Throws when the input cannot be opened or the Spark job fails (after its retries);
     * a run that completes returns its accounting.
     */
    public static Result run(SparkSession spark, JobOptions o) throws IOException {
        if (o.input() == null || o.output() == null) {
            throw new IllegalArgumentException("input and output are required");
        }
        Configuration hc = spark.sparkContext().hadoopConfiguration();
        // v2 is not safe when a task commit fails partway (MAPREDUCE-7341, SPARK-33019): insist on v1
        hc.set("mapreduce.fileoutputcommitter.algorithm.version", "1");
        Path in = new Path(o.input());
        FileSystem inFs = in.getFileSystem(hc);
        in = inFs.makeQualified(in);
        long size = inFs.getFileStatus(in).getLen();
        Path outDir = new Path(o.output());
        FileSystem outFs = outDir.getFileSystem(hc);
        outDir = outFs.makeQualified(outDir);
        if (outFs.exists(outDir)) {
            if (!o.overwrite()) {
                throw new IllegalArgumentException("output folder exists: " + outDir + " (use --overwrite)");
            }
            outFs.delete(outDir, true);
        }

        Path idx = null;
        if (o.useIndex()) {
            idx = o.index() != null ? inFs.makeQualified(new Path(o.index())) : indexBeside(inFs, in);
        }
        List<String> warnings = new ArrayList<>();
        List<DumpSplit> splits;
        SiteInfo si;
        long expected = -1;
        long units = -1;
        if (idx != null) {
            try (FSDataInputStream din = inFs.open(in)) {
                byte[] magic = new byte[3];
                din.readFully(0, magic);
                if (!new String(magic, StandardCharsets.ISO_8859_1).equals("BZh")) {
                    throw new DumpException("BAD_INDEX", "an index only applies to a .bz2 multistream dump; " + in
                            + " is not bzip2");
                }
                MultistreamIndex index;
                try (InputStream is = idx.getFileSystem(hc).open(idx)) {
                    index = MultistreamIndex.read(is, idx.toString());
                }
                List<MultistreamIndex.Stream> streams = index.streams();
                if (streams.isEmpty()) {
                    throw new DumpException("BAD_INDEX", "the index lists no pages");
                }
                // checked as the CLI checks it: from the first offset that is not a stream start, read sequentially
                IndexCheck.Verdict verdict = IndexCheck.check(streams, size, din::read);
                int trusted = verdict.trusted();
                String uri = in.toUri().toString();
                if (trusted == 0) {
                    warnings.add("the index does not match the dump (" + verdict.why() + "); read sequentially from"
                            + " byte 0");
                    try (DumpSource s = DumpSources.open(inFs.open(in), true)) {
                        si = s.siteInfo();
                    }
                    splits = List.of(DumpSplit.sequential(0, uri, size, 0, 0));
                } else {
                    long headerEnd = ByteRangeDecoding.headerEnd(streams, size);
                    byte[] header = new byte[(int) headerEnd];
                    din.readFully(0, header);
                    si = ByteRangeDecoding.siteInfo(header, warnings);
                    List<MultistreamIndex.Stream> proven = streams.subList(0, trusted);
                    long provenEnd = trusted < streams.size() ? streams.get(trusted).offset() : size;
                    int perSplit = streamsPerSplit(o, proven, size, spark.sparkContext().defaultParallelism());
                    splits = new ArrayList<>(splits(uri, size, headerEnd, proven, provenEnd,
                            trusted == streams.size(), perSplit));
                    if (trusted < streams.size()) {
                        warnings.add("the index does not match the dump (" + verdict.why() + "); read sequentially"
                                + " from byte " + provenEnd + " (stream " + trusted + " of the index)");
                        splits.add(DumpSplit.sequential(splits.size(), uri, size, headerEnd, provenEnd));
                    } else {
                        expected = streams.stream().mapToLong(s -> s.ids().length).sum();
                    }
                }
                units = streams.size();
            }
        } else {
            try (DumpSource s = DumpSources.open(inFs.open(in), true)) {
                si = s.siteInfo();
            }
            splits = List.of(DumpSplit.sequential(0, in.toUri().toString(), size, 0, 0));
        }
        WikiProfile profile = RefinerSetup.profile(o.profile(), si);
        List<Variant> variants = DumpOptions.forWiki(o.variants().stream().map(c -> Variant.fromCode(c).orElseThrow())
                .toList(), profile.convertsVariants());
        // the dump's own site data, read on the driver as the CLI reads it, shipped to the executors with the setup
        DumpSupportData site = o.siteData() ? siteData(inFs, in, idx, profile) : null;
        RefinerSetup setup = RefinerSetup.of(profile, o.templateRules(), o.conversionTable(), site);
        // validate the configuration (rule files, table) on the driver, before any task can fail on it; in local
        // mode this also warms the executors' shared refiner
        Refiners.get(setup);

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<DumpSplit> splitRdd = jsc.parallelize(splits, splits.size());
        CollectionAccumulator<String> events = spark.sparkContext().collectionAccumulator("wikirefine-split-events");
        JavaRDD<Row> rows = splitRdd.mapPartitions(new SplitTask(o, setup, variants, events));
        Dataset<Row> df = spark.createDataFrame(rows, OutputRows.SCHEMA).sortWithinPartitions("kind", "seq");
        String data = new Path(outDir, DATA).toString();
        if (o.format() == JobOptions.OutputFormat.PARQUET) {
            df.write().mode(SaveMode.ErrorIfExists).partitionBy("kind").parquet(data);
        } else {
            df.select("kind", "json").write().mode(SaveMode.ErrorIfExists).partitionBy("kind").text(data);
        }

        ObjectNode manifest = Json.object();
        manifest.put("manifest_version", 1);
        manifest.put("runner", "spark");
        manifest.set("tool", ToolRecord.of(java.util.Optional.of(setup.baseConversion())));
        ObjectNode inN = manifest.putObject("input");
        inN.put("name", in.getName());
        inN.put("bytes", size);
        inN.put("read_by_index", idx != null);
        inN.put("units", units);
        inN.put("splits", splits.size());
        if (expected >= 0) {
            inN.put("expected_pages", expected);
        } else {
            inN.putNull("expected_pages");
        }
        DumpManifest.siteInfo(manifest, si);
        manifest.set("options", DumpManifest.options(o.format().name().toLowerCase(Locale.ROOT), variants,
                o.namespaces(), o.keepRedirects(), o.templateRules().stream().map(r -> new Path(r).getName()).toList(),
                profile.name(), DumpManifest.baseConversion(o.conversionTable())));
        setup.describe(manifest);
        java.util.SortedSet<String> splitEvents = new java.util.TreeSet<>(events.value());
        boolean indexLied = splitEvents.stream().anyMatch(e -> e.startsWith("the index does not match"));
        boolean inputEnded = splitEvents.stream().anyMatch(e -> e.startsWith("input ended early"));
        warnings.addAll(splitEvents.stream().filter(e -> e.startsWith("the index does not match")).toList());
        if (indexLied) {
            // the index's page count is not what the dump holds; the pages read are counted instead
            expected = -1;
            inN.putNull("expected_pages");
        }
        TreeMap<String, Long> inputErrorsByReason = new TreeMap<>();
        for (String e : splitEvents) {
            if (e.startsWith(SplitTask.INPUT_ERRORS)) {
                String[] kv = e.substring(e.lastIndexOf(' ') + 1).split("=");
                inputErrorsByReason.merge(kv[0], Long.parseLong(kv[1]), Long::sum);
            }
        }
        Result r = account(spark, o, variants.size(), data, expected, !inputEnded, inputErrorsByReason, manifest);
        manifest.put("data", DATA);
        if (!warnings.isEmpty()) {
            manifest.set("warnings", Json.MAPPER.valueToTree(warnings));
        }
        byte[] bytes = Json.pretty(manifest);
        Path tmp = new Path(outDir, MANIFEST + ".tmp");
        try (OutputStream os = outFs.create(tmp, true)) {
            os.write(bytes);
        }
        Path fin = new Path(outDir, MANIFEST);
        if (!outFs.rename(tmp, fin)) {
            throw new IOException("cannot rename " + tmp + " to " + fin);
        }
        return new Result(r.exitCode(), new String(bytes, StandardCharsets.UTF_8), r.read(), r.written(),
                r.records(), r.filtered(), r.errored(), r.inputErrors(), r.balanced());
    }

    /** The committed rows, as {@code kind, id, reason} (JSONL: taken from the JSON lines). */
    private static Dataset<Row> committed(SparkSession spark, JobOptions o, String data) {
        if (o.format() == JobOptions.OutputFormat.PARQUET) {
            return spark.read().schema(OutputRows.SCHEMA).parquet(data).select("kind", "id", "reason");
        }
        Column v = functions.col("json");
        return spark.read().schema("json STRING, kind STRING").text(data)
                .select(functions.col("kind"),
                        functions.get_json_object(v, "$.id").cast("long").as("id"),
                        functions.when(functions.col("kind").equalTo(OutputRows.PAGE), functions.lit(null))
                                .otherwise(functions.get_json_object(v, "$.reason")).as("reason"));
    }

    /** Accounting from the committed output only (accumulators are not exactly-once: reliability.md 4.1). */
    private static Result account(SparkSession spark, JobOptions o, int variantCount, String data, long expected,
                                  boolean complete, TreeMap<String, Long> inputErrorsByReason, ObjectNode manifest) {
        Dataset<Row> rows = committed(spark, o, data).cache();
        try {
            TreeMap<String, Long> filtered = new TreeMap<>();
            TreeMap<String, Long> errored = new TreeMap<>();
            long records = 0;
            long inputErrors = 0;
            for (Row r : rows.groupBy(functions.col("kind"), functions.col("reason"),
                    functions.col("id").isNull().as("noid")).count().collectAsList()) {
                String kind = r.getString(0);
                String reason = r.isNullAt(1) ? "" : r.getString(1);
                long n = r.getLong(3);
                switch (kind) {
                    case OutputRows.PAGE -> records += n;
                    case OutputRows.FILTERED -> filtered.merge(reason, n, Long::sum);
                    case OutputRows.ERROR -> {
                        // id-less rows are input errors as many as the splits reported for the reason, the rest
                        // pages whose id could not be read (a bad <id>): counted as errored, as in the CLI
                        long input = r.getBoolean(2) ? Math.min(n, inputErrorsByReason.getOrDefault(reason, 0L)) : 0;
                        inputErrors += input;
                        if (n > input) {
                            errored.merge(reason, n - input, Long::sum);
                        }
                    }
                    default -> throw new IllegalStateException("unknown row kind " + kind);
                }
            }
            Dataset<Row> pages = rows.where(functions.col("kind").equalTo(OutputRows.PAGE));
            Dataset<Row> perPage = pages.groupBy("id").count();
            long written = perPage.count();
            // every written page has exactly one row per requested variant
            long wrongVariantCount = perPage.where(functions.col("count").notEqual(variantCount)).count();
            // no page id in two outcomes (or twice among errors / filtered)
            Dataset<Row> ids = pages.select("id").distinct()
                    .unionAll(rows.where(functions.col("kind").notEqual(OutputRows.PAGE)
                            .and(functions.col("id").isNotNull())).select("id"));
            long duplicates = ids.groupBy("id").count().where(functions.col("count").gt(1)).count();
            long filteredTotal = filtered.values().stream().mapToLong(Long::longValue).sum();
            long erroredTotal = errored.values().stream().mapToLong(Long::longValue).sum();
            long read = written + filteredTotal + erroredTotal;
            boolean balanced = duplicates == 0 && wrongVariantCount == 0 && (expected < 0 || read == expected);
            ObjectNode c = manifest.putObject("counts");
            c.put("read", read);
            c.put("written", written);
            c.put("records", records);
            c.put("filtered_total", filteredTotal);
            c.set("filtered", Json.MAPPER.valueToTree(filtered));
            c.put("errored_total", erroredTotal);
            c.set("errored", Json.MAPPER.valueToTree(errored));
            c.put("input_errors", inputErrors);
            c.put("duplicate_ids", duplicates);
            c.put("pages_with_wrong_variant_count", wrongVariantCount);
            c.put("balanced", balanced);
            // as the CLI: an id-less error row is a damaged span read past (exit 1); only input that could not be
            // read to its end makes the run incomplete (exit 3)
            manifest.put("input_complete", complete);
            int code = !balanced || !complete ? 3 : erroredTotal > 0 || inputErrors > 0 ? 1 : 0;
            manifest.put("exit_code", code);
            return new Result(code, null, read, written, records, filteredTotal, erroredTotal, inputErrors, balanced);
        } finally {
            rows.unpersist();
        }
    }

    /**
     * The dump's support pages, collected on the driver: through the local file API when the dump is a local file
     * (using its index, as the CLI does), else by one sequential read of the stream.
     */
    private static DumpSupportData siteData(FileSystem fs, Path in, Path idx, WikiProfile profile) throws IOException {
        if ("file".equals(in.toUri().getScheme())) {
            return DumpSupportData.collect(java.nio.file.Path.of(in.toUri()),
                    idx == null ? null : java.nio.file.Path.of(idx.toUri()), 2, profile, new DumpSupportData.Scan(-1));
        }
        try (DumpSource s = DumpSources.open(fs.open(in), false)) {
            return DumpSupportData.collect(s, profile);
        }
    }

    /** {@code …-index.txt.bz2} (or {@code .txt}) beside a {@code ….xml.bz2} / {@code ….bz2} dump, if it exists. */
    static Path indexBeside(FileSystem fs, Path in) throws IOException {
        String name = in.getName();
        String stem = name.replaceFirst("(\\.xml)?\\.bz2$", "");
        if (stem.equals(name)) {
            return null;
        }
        for (String cand : new String[] {stem + "-index.txt.bz2", stem + "-index.txt"}) {
            Path p = new Path(in.getParent(), cand);
            if (fs.isFile(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Streams per split: fixed if asked, else as many as fit the size target, but small enough that every task
     * slot gets at least four splits when the dump allows it (pages vary a lot in cost; with fewer splits the last
     * one runs alone on an otherwise idle cluster).
     */
    static int streamsPerSplit(JobOptions o, List<MultistreamIndex.Stream> streams, long size, int parallelism) {
        if (o.streamsPerSplit() > 0) {
            return o.streamsPerSplit();
        }
        long total = Math.max(1, size - streams.get(0).offset());
        double avg = (double) total / streams.size();
        long target = (long) Math.min(o.splitMb() * 1024 * 1024, (double) total / Math.max(1, 4L * parallelism));
        return (int) Math.max(1, Math.min(streams.size(), Math.round(target / avg)));
    }

    /**
     * Consecutive runs of {@code perSplit} streams, with the ids of earlier splits each one repeats.
     *
     * @param streams  the proven streams
     * @param end      where the last of them ends (the file size, or the first unproven offset)
     * @param toTheEnd whether they are all of the index's streams (the last one is then followed by the footer)
     */
    static List<DumpSplit> splits(String uri, long size, long headerEnd, List<MultistreamIndex.Stream> streams,
                                  long end, boolean toTheEnd, int perSplit) {
        List<DumpSplit> out = new ArrayList<>();
        IdSet seen = new IdSet();
        for (int from = 0, n = 0; from < streams.size(); from += perSplit, n++) {
            int to = Math.min(streams.size(), from + perSplit);
            List<DumpSplit.Stream> ss = new ArrayList<>(to - from);
            long[] ends = new long[to - from];
            Set<Long> before = new HashSet<>();
            for (int i = from; i < to; i++) {
                MultistreamIndex.Stream s = streams.get(i);
                ss.add(new DumpSplit.Stream(s.offset(), s.ids(), s.titles()));
                ends[i - from] = i + 1 < streams.size() ? streams.get(i + 1).offset() : end;
                for (long id : s.ids()) {
                    if (seen.contains(id)) {
                        before.add(id);
                    }
                }
            }
            for (int i = from; i < to; i++) {
                for (long id : streams.get(i).ids()) {
                    seen.add(id);
                }
            }
            out.add(new DumpSplit(n, uri, size, headerEnd, ss, ends, toTheEnd && to == streams.size(),
                    before.stream().mapToLong(Long::longValue).sorted().toArray(), -1));
        }
        return out;
    }

    /** Page ids seen: a bitmap for ordinary ids, a set for the odd huge or negative one. */
    private static final class IdSet {
        private final BitSet bits = new BitSet();
        private final Set<Long> other = new HashSet<>();

        boolean contains(long id) {
            return id >= 0 && id < Integer.MAX_VALUE ? bits.get((int) id) : other.contains(id);
        }

        void add(long id) {
            if (id >= 0 && id < Integer.MAX_VALUE) {
                bits.set((int) id);
            } else {
                other.add(id);
            }
        }
    }
}
