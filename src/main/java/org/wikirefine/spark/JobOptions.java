package org.wikirefine.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.wikirefine.Variant;

/**
 * What {@link WikiRefineSparkJob} does: input, output, variants, filters. A mutable, serializable settings
 * object (it travels to the executors inside the job's closures); the defaults are those of {@code wikirefine
 * dump}.
 */
public final class JobOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the rows are stored. */
    public enum OutputFormat {
        /** Parquet files with the columns of {@link OutputRows#SCHEMA}. */
        PARQUET,
        /** Text files holding the {@code json} column only: the same lines as the CLI's JSONL parts and errors. */
        JSONL;

        static OutputFormat parse(String s) {
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "parquet" -> PARQUET;
                case "jsonl", "json" -> JSONL;
                default -> throw new IllegalArgumentException("unknown output format '" + s
                        + "' (expected parquet or jsonl)");
            };
        }
    }

    private String input;
    private String index;
    private boolean useIndex = true;
    private String output;
    private OutputFormat format = OutputFormat.PARQUET;
    private final List<String> variants = new ArrayList<>(List.of(Variant.ZH.code()));
    private TreeSet<Integer> namespaces = new TreeSet<>(Set.of(0));
    private boolean keepRedirects;
    private double splitMb = 32;
    private int streamsPerSplit;
    private int threadsPerTask = 1;
    private double pageTimeoutSeconds = 120;
    private int maxStuck = 4;
    private final List<String> templateRules = new ArrayList<>();
    private boolean overwrite;
    private String profile;
    private String conversionTable;
    private boolean siteData = true;
    /** Test hook: the split whose first task attempt fails midway, or -1. */
    private int failFirstAttemptOfSplit = -1;

    /** The dump: a path or URI that every executor can read (local path in local mode, {@code hdfs://…}, …). */
    public JobOptions input(String path) {
        this.input = Objects.requireNonNull(path, "input");
        return this;
    }

    /** The multistream index; by default {@code …-index.txt.bz2} beside the input is used if it exists. */
    public JobOptions index(String path) {
        this.index = path;
        return this;
    }

    /** {@code false}: read the dump as one split even when an index exists. */
    public JobOptions useIndex(boolean use) {
        this.useIndex = use;
        return this;
    }

    /** The output folder (must not exist unless {@link #overwrite(boolean)}). */
    public JobOptions output(String path) {
        this.output = Objects.requireNonNull(path, "output");
        return this;
    }

    public JobOptions format(OutputFormat f) {
        this.format = Objects.requireNonNull(f, "format");
        return this;
    }

    /** Variants to render, in order (codes such as {@code zh-hans}); default {@code zh} (unconverted). */
    public JobOptions variants(List<String> codes) {
        List<String> vs = new ArrayList<>();
        for (String c : codes) {
            String code = Variant.fromCode(c).orElseThrow(() -> new IllegalArgumentException("unknown variant '" + c
                    + "'")).code();
            if (!vs.contains(code)) {
                vs.add(code);
            }
        }
        if (vs.isEmpty()) {
            vs.add(Variant.ZH.code());
        }
        variants.clear();
        variants.addAll(vs);
        return this;
    }

    /** Namespaces to keep, or {@code null} for all; default {@code {0}}. */
    public JobOptions namespaces(Set<Integer> ns) {
        this.namespaces = ns == null ? null : new TreeSet<>(ns);
        return this;
    }

    /** Process redirects (else they are filtered as {@code redirect}); default {@code false}. */
    public JobOptions keepRedirects(boolean keep) {
        this.keepRedirects = keep;
        return this;
    }

    /** Target compressed size of one input split in MB (default 32); see {@link #streamsPerSplit(int)}. */
    public JobOptions splitMb(double mb) {
        if (!(mb > 0)) {
            throw new IllegalArgumentException("split size must be positive");
        }
        this.splitMb = mb;
        return this;
    }

    /** A fixed number of bz2 streams per split instead of a size target; 0 (default) uses the size target. */
    public JobOptions streamsPerSplit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("streams per split must be >= 0");
        }
        this.streamsPerSplit = n;
        return this;
    }

    /** Page worker threads inside one task (default 1: Spark's task slots are the parallelism). */
    public JobOptions threadsPerTask(int n) {
        if (n < 1 || n > 64) {
            throw new IllegalArgumentException("threads per task must be between 1 and 64");
        }
        this.threadsPerTask = n;
        return this;
    }

    /** Wall-clock budget per page before it becomes a {@code TIMEOUT} error row (default 120 s). */
    public JobOptions pageTimeoutSeconds(double s) {
        if (!(s > 0)) {
            throw new IllegalArgumentException("page timeout must be positive");
        }
        this.pageTimeoutSeconds = s;
        return this;
    }

    /** Timed-out workers still running that one task tolerates before it fails (default 4). */
    public JobOptions maxStuck(int n) {
        this.maxStuck = n;
        return this;
    }

    /** Extra template rule files; each must exist at this path on every executor. */
    public JobOptions templateRules(List<String> files) {
        templateRules.clear();
        templateRules.addAll(files);
        return this;
    }

    /**
     * The dump's wiki, as {@code --profile} takes it: a dbname or language ({@code huwiki}, {@code hu}) or a local
     * siteinfo XML file; default null: from the dump's {@code <siteinfo>}.
     */
    public JobOptions profile(String wiki) {
        this.profile = wiki;
        return this;
    }

    /**
     * MediaWiki's {@code ZhConversion.php} as base conversion (a local path on the driver and every executor);
     * default null: OpenCC.
     */
    public JobOptions conversionTable(String zhConversionPhp) {
        this.conversionTable = zhConversionPhp;
        return this;
    }

    /**
     * Read the dump's own template redirects, conversion groups and conversion tables on the driver (a pre-pass
     * over the Template, Module and MediaWiki pages), as the CLI does; default true.
     */
    public JobOptions siteData(boolean use) {
        this.siteData = use;
        return this;
    }

    /** Replace an existing output folder. */
    public JobOptions overwrite(boolean o) {
        this.overwrite = o;
        return this;
    }

    /** Test hook: the first attempt of this split's task throws after emitting some rows. */
    JobOptions failFirstAttemptOfSplit(int split) {
        this.failFirstAttemptOfSplit = split;
        return this;
    }

    public String input() {
        return input;
    }

    public String index() {
        return index;
    }

    public boolean useIndex() {
        return useIndex;
    }

    public String output() {
        return output;
    }

    public OutputFormat format() {
        return format;
    }

    public List<String> variants() {
        return List.copyOf(variants);
    }

    /** Namespaces kept, or {@code null} for all. */
    public Set<Integer> namespaces() {
        return namespaces == null ? null : Set.copyOf(namespaces);
    }

    public boolean keepRedirects() {
        return keepRedirects;
    }

    public double splitMb() {
        return splitMb;
    }

    public int streamsPerSplit() {
        return streamsPerSplit;
    }

    public int threadsPerTask() {
        return threadsPerTask;
    }

    public double pageTimeoutSeconds() {
        return pageTimeoutSeconds;
    }

    public int maxStuck() {
        return maxStuck;
    }

    public List<String> templateRules() {
        return List.copyOf(templateRules);
    }

    public boolean overwrite() {
        return overwrite;
    }

    public String profile() {
        return profile;
    }

    public String conversionTable() {
        return conversionTable;
    }

    public boolean siteData() {
        return siteData;
    }

    int failFirstAttemptOfSplit() {
        return failFirstAttemptOfSplit;
    }
}
