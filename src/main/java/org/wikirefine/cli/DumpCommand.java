package org.wikirefine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.wikirefine.DumpException;
import org.wikirefine.Format;
import org.wikirefine.ParserEngine;
import org.wikirefine.RenderOptions;
import org.wikirefine.SiteInfo;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;
import org.wikirefine.internal.dump.Atomic;
import org.wikirefine.internal.dump.DumpPipeline;
import org.wikirefine.internal.dump.DumpSource;
import org.wikirefine.internal.dump.DumpSources;
import org.wikirefine.internal.dump.DumpManifest;
import org.wikirefine.internal.dump.DumpOptions;
import org.wikirefine.internal.dump.DumpSupportData;
import org.wikirefine.internal.dump.Json;
import org.wikirefine.internal.dump.OutputFolder;
import org.wikirefine.internal.dump.OutputSink;
import org.wikirefine.internal.dump.PageProcessor;
import org.wikirefine.internal.dump.PartSink;
import org.wikirefine.internal.dump.Progress;
import org.wikirefine.internal.dump.FieldSelection;
import org.wikirefine.internal.dump.RecordFormat;
import org.wikirefine.internal.dump.RefinerPageProcessor;
import org.wikirefine.internal.dump.RefinerSetup;
import org.wikirefine.internal.dump.RunState;
import org.wikirefine.internal.dump.StreamSink;
import org.wikirefine.internal.dump.ToolRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wikirefine dump}: a whole XML dump to JSONL / text / structured / Markdown parts, on all cores, with
 * accounting ({@code read = written + filtered + errored}), error records, atomic parts and {@code --resume}.
 * Exit codes: 0 all written, 1 some pages errored, 2 usage, 3 fatal.
 */
@Command(name = "dump", sortOptions = false,
        description = {"Refine a MediaWiki XML dump (.xml, .xml.bz2 single or multistream, .xml.gz, or - for stdin).",
                "Without INPUT, runs on the bundled sample fixtures/dumps/sample-multistream.xml.bz2."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all pages written (or filtered)", "1:some pages became error records",
                "2:usage error", "3:fatal: input unreadable, output unwritable or workers stuck"})
public final class DumpCommand implements Callable<Integer> {

    /** Builds the per-page processor; tests substitute a fake, the CLI uses {@link WikiRefiner}. */
    @FunctionalInterface
    public interface ProcessorFactory {
        /**
         * @param variants the variants to render (one for a wiki without variants)
         * @param options  how pages are rendered (internal links in Markdown: {@code --links})
         * @param profile  the dump's wiki
         * @param setup    the refiner's setup, lazily: with site data it costs a pre-pass over the dump's support
         *                 pages, so call it only if the refiner will be built
         */
        PageProcessor create(List<Variant> variants, Format format, RenderOptions options, WikiProfile profile,
                             SiteInfo siteInfo, Supplier<RefinerSetup> setup) throws Exception;
    }

    /**
     * The default: one shared {@link WikiRefiner} built by the dump front end ({@link RefinerSetup}), the same
     * refiner the Spark job builds: the dump's wiki, its own template redirects, conversion groups and conversion
     * tables (so that output matches that dump's revision), and the chosen base conversion.
     */
    public static final ProcessorFactory REFINER = (variants, format, options, profile, si, setup) ->
            new RefinerPageProcessor(setup.get().build(), variants, format, options);

    public static final String SAMPLE = "fixtures/dumps/sample-multistream.xml.bz2";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT",
            description = "Dump file, or - for stdin. Default: the bundled sample.")
    String input;

    @Mixin
    DumpOptions common = new DumpOptions();

    @Option(names = "--out", paramLabel = "DIR|-", defaultValue = "dump-out",
            description = "Output folder for parts, errors and manifest, or - for stdout. Default: ${DEFAULT-VALUE}.")
    String out;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FMT",
            description = RecordFormat.NAMES + ". Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--fields", paramLabel = "F[,F...]",
            description = "JSONL only: the top-level fields each record keeps (docs/formats.md). Default: all.")
    String fields;

    @Option(names = "--links", description = "markdown: internal links as links to the wiki's pages, their URLs from"
            + " the dump's siteinfo or --profile (external links always are)")
    boolean links;
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: number of cores.")
    Integer threads;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Error records (JSONL). Default: errors.jsonl in --out (stderr with --out -).")
    Path errors;

    @Option(names = "--resume", description = "Continue an interrupted run in --out from its checkpoint.")
    boolean resume;

    @Option(names = "--overwrite", description = "Replace an earlier run in --out (without it, a folder that holds "
            + "a run is refused and left as it is).")
    boolean overwrite;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N pages read.")
    Long limit;

    @Option(names = "--index", paramLabel = "FILE",
            description = "Multistream index. Default: …-index.txt.bz2 beside INPUT, if present.")
    Path index;

    @Option(names = "--no-index", description = "Read sequentially even when an index exists.")
    boolean noIndex;

    @Option(names = "--split-mb", paramLabel = "N", defaultValue = "256",
            description = "Start a new part after N MB (uncompressed). Default: ${DEFAULT-VALUE}.")
    double splitMb;

    @Option(names = "--compress", defaultValue = "none", paramLabel = "gz|none",
            description = "Compress parts. Default: ${DEFAULT-VALUE}.")
    String compress;

    @Option(names = "--stats", paramLabel = "FILE",
            description = "Write run statistics (JSON): outcomes, diagnostics, unknown templates, throughput.")
    Path stats;

    @Option(names = "--max-stuck", paramLabel = "N", defaultValue = "4",
            description = "Abandoned (timed-out, still running) workers tolerated before the run stops. Default: ${DEFAULT-VALUE}.")
    int maxStuck;

    @Option(names = "--checksums", paramLabel = "FILE",
            description = "Verify INPUT against a published md5sums/sha1sums file before reading; exit 3 on mismatch.")
    Path checksums;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final ProcessorFactory factory;
    private OutputFolder outputFolder;
    private DumpSupportData.Scan siteDataScan;
    private PrintStream err = System.err;
    private PrintStream stdout = System.out;

    /** For picocli: the real refiner. */
    public DumpCommand() {
        this(REFINER);
    }

    public DumpCommand(ProcessorFactory factory) {
        this.factory = factory;
    }

    /** Redirects the command's console streams (tests). */
    public DumpCommand streams(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.err = stderr;
        return this;
    }

    private ParameterException usage(String msg) {
        return new ParameterException(spec.commandLine(), msg);
    }

    @Override
    public Integer call() {
        try {
            return refine();
        } finally {
            releaseOutput();
        }
    }

    private int refine() {
        // ---- options
        RecordFormat fmt;
        try {
            fmt = RecordFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (fields != null && fmt != RecordFormat.JSONL) {
            throw usage("--fields selects fields of JSONL records; it needs --format jsonl");
        }
        if (links && fmt.format() != Format.MARKDOWN) {
            throw usage("--links makes internal links in Markdown; it needs --format markdown");
        }
        List<Variant> vs;
        Set<Integer> nsSet;
        boolean keepRedirects;
        try {
            vs = common.variants();
            nsSet = common.namespaces();
            keepRedirects = common.keepRedirects();
            common.pageTimeout();
            common.parserEngine();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (nThreads < 1 || nThreads > 512) {
            throw usage("--threads must be between 1 and 512");
        }
        boolean gz = switch (compress.toLowerCase(Locale.ROOT)) {
            case "gz", "gzip" -> true;
            case "none" -> false;
            default -> throw usage("--compress takes gz or none");
        };
        if (splitMb <= 0) {
            throw usage("--split-mb must be positive");
        }
        if (limit != null && limit < 0) {
            throw usage("--limit must be >= 0");
        }
        boolean toStdout = "-".equals(out);
        if (toStdout && (resume || overwrite)) {
            throw usage((resume ? "--resume" : "--overwrite") + " needs an output folder, not --out -");
        }
        if (resume && overwrite) {
            throw usage("--resume and --overwrite exclude each other");
        }
        for (String r : common.templateRules()) {
            if (!Files.isRegularFile(Path.of(r))) {
                throw usage("--template-rules: no such file " + r);
            }
        }
        if (common.conversionTable() != null && !Files.isRegularFile(Path.of(common.conversionTable()))) {
            throw usage("--conversion-table: no such file " + common.conversionTable());
        }

        // ---- input
        Path inPath = null;
        if (input == null) {
            inPath = findSample();
            if (inPath == null) {
                throw usage("no INPUT given and the bundled sample " + SAMPLE + " was not found");
            }
        } else if (!"-".equals(input)) {
            inPath = Path.of(input);
            if (Files.isDirectory(inPath)) {
                throw usage(input + " is a directory; INPUT is one dump file (.xml, .xml.bz2, .xml.gz) or -");
            }
            // any readable path: a file, a FIFO, /dev/stdin, a process substitution (/dev/fd/N)
            if (!Files.exists(inPath) || !Files.isReadable(inPath)) {
                throw usage("no such input file: " + input);
            }
        }
        if (index != null && !Files.isRegularFile(index)) {
            throw usage("no such index file: " + index);
        }
        if (index != null && inPath == null) {
            throw usage("--index needs an input file, not stdin");
        }
        if (!toStdout) {
            try {
                OutputFolder.check(Path.of(out), errors, outputMode());
            } catch (OutputFolder.Refused e) {
                throw usage(e.getMessage());
            } catch (IOException e) {
                err.println("wikirefine dump: cannot use --out " + out + ": " + e);
                return Main.FATAL;
            }
        }
        if (checksums != null) {
            if (inPath == null) {
                throw usage("--checksums needs an input file, not stdin");
            }
            if (!Files.isRegularFile(checksums)) {
                throw usage("no such checksum file: " + checksums);
            }
            try {
                String bad = org.wikirefine.internal.dump.InputChecksum.verify(inPath, checksums);
                if (bad != null) {
                    err.println("wikirefine dump: input checksum: " + bad + "; nothing was read");
                    return 3;
                }
            } catch (IOException e) {
                err.println("wikirefine dump: cannot verify the input checksum: " + e.getMessage());
                return 3;
            }
        }

        DumpSource source;
        try {
            source = inPath == null ? DumpSources.open(System.in, nThreads, true)
                    : DumpSources.open(inPath, index, !noIndex, nThreads, true);
        } catch (DumpException e) {
            if ("UNSUPPORTED_COMPRESSION".equals(e.reason())) {
                throw usage(e.getMessage());   // the user can fix it by decompressing first, as with a bad option
            }
            err.println("wikirefine dump: " + e.getMessage());
            return "NOT_A_DUMP".equals(e.reason()) ? 2 : 3;
        } catch (NoSuchFileException e) {
            throw usage("no such file: " + e.getFile());
        } catch (IOException e) {
            err.println("wikirefine dump: cannot open input: " + e);
            return 3;
        }
        try (source) {
            return run(source, inPath, fmt, vs, nThreads, nsSet, keepRedirects, gz, toStdout);
        }
    }

    private int run(DumpSource source, Path inPath, RecordFormat fmt, List<Variant> vs, int nThreads,
                    Set<Integer> nsSet, boolean keepRedirects, boolean gz, boolean toStdout) {
        SiteInfo si = source.siteInfo();
        WikiProfile profile;
        try {
            profile = RefinerSetup.profile(common.profile(), si);
        } catch (IllegalArgumentException e) {
            throw usage("--profile: " + e.getMessage());
        }
        List<Variant> asked = vs;
        vs = DumpOptions.forWiki(asked, profile.convertsVariants());
        if (!vs.equals(asked)) {
            err.println("wikirefine dump: " + profile.name() + " has no variants; --variant is ignored");
        }
        ObjectNode options = DumpManifest.options(fmt.name().toLowerCase(Locale.ROOT), vs, nsSet, keepRedirects,
                common.templateRules().stream().map(r -> Path.of(r).getFileName().toString()).toList(),
                profile.name(), DumpManifest.baseConversion(common.conversionTable()));
        if (fields != null) {
            options.put("fields", fields);
        }
        if (links) {
            options.put("links", true);
        }
        if (limit == null) {
            options.putNull("limit");
        } else {
            options.put("limit", limit);
        }
        options.put("split_mb", splitMb);
        options.put("compress", gz ? "gz" : "none");

        ObjectNode manifest = Json.object();
        manifest.put("manifest_version", 1);
        ObjectNode in = manifest.putObject("input");
        in.put("name", inPath == null ? "-" : inPath.getFileName().toString());
        in.put("bytes", source.inputSize());
        in.put("read_by_index", source.indexed());
        in.put("units", source.totalUnits());
        DumpManifest.siteInfo(manifest, si);
        manifest.set("options", options);
        // what must match for --resume to continue a run: input identity and every output-shaping option
        String fingerprint = in.toString() + options.toString();

        RunState state = new RunState();
        state.fingerprint = fingerprint;
        boolean resuming = false;
        Path outDir = toStdout ? null : Path.of(out);
        if (!toStdout) {
            Integer refused = claimOutput(outDir);
            if (refused != null) {
                return refused;
            }
        }
        if (resume) {
            try {
                RunState cp = PartSink.loadCheckpoint(outDir);
                if (cp != null) {
                    if (!fingerprint.equals(cp.fingerprint)) {
                        throw usage("--resume: " + outDir + " holds a run with another input or options; "
                                + "rerun without --resume to start over");
                    }
                    state = cp;
                    resuming = true;
                    err.println("wikirefine dump: resuming at unit " + cp.nextUnit + " with " + cp.parts.size()
                            + " committed parts");
                } else if (Files.isRegularFile(outDir.resolve(PartSink.MANIFEST))) {
                    return alreadyComplete(outDir, fingerprint);
                }
            } catch (IOException e) {
                err.println("wikirefine dump: cannot read checkpoint: " + e.getMessage());
                return 3;
            }
        }

        if (!quiet) {
            announce(source, inPath, outDir);
        }
        PageProcessor processor;
        try {
            Path ip = inPath;
            // a FIFO or process substitution can be read once only: no pre-pass
            Supplier<RefinerSetup> setup = memo(() -> {
                DumpSupportData data = ip == null || !common.siteData() || !Files.isRegularFile(ip) ? null
                        : collectSiteData(source, ip, nThreads, profile);
                RefinerSetup rs = RefinerSetup.of(profile, common.templateRules(), common.conversionTable(), data,
                        common.parserEngine());
                rs.describe(manifest);
                return rs;
            });
            processor = FieldSelection.of(factory.create(vs, fmt.format(),
                            RenderOptions.defaults().withInternalLinks(links), profile, si, setup),
                    fields == null ? null : FieldSelection.parse(fields));
        } catch (IllegalArgumentException e) {
            throw usage("configuration: " + e.getMessage());
        } catch (Exception e) {
            err.println("wikirefine dump: cannot set up the refiner: " + e);
            return 3;
        }

        manifest.set("tool", ToolRecord.of(processor.baseConversion()));
        // StreamSink asks a PrintStream's checkError() at each flush: a full disk or a closed pipe is not hidden
        OutputSink sink = toStdout ? new StreamSink(stdout, errors)
                : new PartSink(outDir, fmt, (long) (splitMb * 1024 * 1024), gz, errors);
        DumpPipeline.Config cfg = new DumpPipeline.Config(nThreads,
                Duration.ofMillis((long) (common.pageTimeout() * 1000)), maxStuck, nsSet, keepRedirects,
                limit == null ? -1 : limit, fmt);
        Progress progress = quiet ? null : Progress.auto(err).limit(limit == null ? -1 : limit);
        DumpPipeline.Outcome o = new DumpPipeline(cfg, processor, progress).run(source, sink, state, resuming,
                manifest);
        summary(o, toStdout ? null : outDir);
        if (stats != null) {
            try {
                Files.createDirectories(stats.toAbsolutePath().getParent());
                ObjectNode st = stats(o, nThreads);
                st.set("tool", manifest.get("tool"));
                if (siteDataScan != null) {
                    ObjectNode sd = st.putObject("site_data_pass");
                    sd.put("pages_scanned", siteDataScan.pages());
                    sd.put("seconds", Math.round(siteDataScan.seconds() * 1000) / 1000.0);
                    sd.put("bounded_by_limit", siteDataScan.limited());
                }
                Atomic.write(stats, Json.pretty(st));
            } catch (IOException e) {
                err.println("wikirefine dump: cannot write --stats: " + e.getMessage());
            }
        }
        return o.exitCode();
    }

    /** A first line at once: setting up the refiner and the pre-pass take seconds before any progress. */
    private void announce(DumpSource source, Path inPath, Path outDir) {
        String how = source.indexed() ? String.format(Locale.ROOT, "by index, %,d streams", source.totalUnits())
                : "sequentially";
        String size = source.inputSize() > 0 ? String.format(Locale.ROOT, "%.1f MB, ", source.inputSize() / 1e6) : "";
        err.println("wikirefine dump: " + (inPath == null ? "stdin" : inPath.toString()) + " (" + size + how + ") -> "
                + (outDir == null ? "stdout" : outDir.toString()) + "; setting up the refiner");
    }

    /**
     * The pre-pass over the dump's Template, Module and MediaWiki pages, with its own progress line; with
     * {@code --limit} it scans only the stretch of the dump the run reads (docs/dumps.md "Site data").
     */
    private DumpSupportData collectSiteData(DumpSource source, Path input, int nThreads, WikiProfile profile) {
        siteDataScan = new DumpSupportData.Scan(limit == null ? -1 : limit);
        Progress progress = quiet ? null : Progress.auto(err);
        if (progress != null) {
            err.println("wikirefine dump: reading the dump's site data first (template redirects, conversion groups "
                    + "and tables; --no-site-data skips this)");
            progress.phase("site data", siteDataScan::pages, siteDataScan::inputBytes, sizeOf(input));
        }
        try {
            return DumpSupportData.collectBeforeRun(source, input, index, nThreads, profile, siteDataScan);
        } catch (IOException e) {
            err.println("wikirefine dump: site data pre-pass failed: " + e.getMessage());
            return null;
        } finally {
            if (progress != null) {
                progress.finished();
            }
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Locks the output folder for this run; null when claimed, else the exit code (after printing why). */
    private Integer claimOutput(Path dir) {
        try {
            outputFolder = OutputFolder.claim(dir, errors, outputMode());
        } catch (OutputFolder.Refused e) {
            throw usage(e.getMessage());
        } catch (IOException e) {
            err.println("wikirefine dump: cannot use --out " + dir + ": " + e);
            return Main.FATAL;
        }
        if (outputFolder.takenOverFrom() != null) {
            err.println("wikirefine dump: " + dir + " was locked by a run that is no longer running ("
                    + outputFolder.takenOverFrom() + "); taking it over");
        }
        return null;
    }

    private OutputFolder.Mode outputMode() {
        return resume ? OutputFolder.Mode.RESUME : overwrite ? OutputFolder.Mode.OVERWRITE : OutputFolder.Mode.NEW;
    }

    private void releaseOutput() {
        if (outputFolder != null) {
            try {
                outputFolder.close();
            } catch (IOException e) {
                err.println("wikirefine dump: cannot remove the lock file in " + out + ": " + e.getMessage());
            }
            outputFolder = null;
        }
    }

    private static <T> Supplier<T> memo(Supplier<T> s) {
        return new Supplier<>() {
            private boolean done;
            private T value;

            @Override
            public synchronized T get() {
                if (!done) {
                    value = s.get();
                    done = true;
                }
                return value;
            }
        };
    }

    private int alreadyComplete(Path outDir, String fingerprint) throws IOException {
        JsonNode m = Json.MAPPER.readTree(outDir.resolve(PartSink.MANIFEST).toFile());
        String fp = m.path("input").toString() + m.path("options").toString();
        if (!fp.equals(fingerprint)) {
            throw usage("--resume: " + outDir + " holds a completed run with another input or options");
        }
        JsonNode c = m.path("counts");
        err.println("wikirefine dump: " + outDir + " is already complete: " + c.path("read").asLong() + " read, "
                + c.path("written").asLong() + " written, " + c.path("filtered_total").asLong() + " filtered, "
                + c.path("errored_total").asLong() + " errored; nothing to do");
        if (!m.path("input_complete").asBoolean(true)) {
            return 3;
        }
        return c.path("errored_total").asLong() > 0 ? 1 : 0;
    }

    private void summary(DumpPipeline.Outcome o, Path outDir) {
        if (o.outputFailed()) {
            // nothing is claimed as written; a reader that went away (`| head`) needs no explanation
            if (!o.fatal().contains("Broken pipe")) {
                err.println("wikirefine dump: FATAL: " + o.fatal() + "; the output is incomplete");
            }
            return;
        }
        RunState s = o.state();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "wikirefine dump: %,d pages read = %,d written + %,d filtered %s + %,d errored %s",
                s.read, s.written, s.filteredTotal(), s.filtered, s.erroredTotal(), s.errored));
        sb.append(String.format(Locale.ROOT, "; %,d records", s.records));
        if (s.inputErrors > 0) {
            sb.append("; input unreadable after the last page read");
        }
        double secs = Math.max(o.seconds(), 1e-3);
        sb.append(String.format(Locale.ROOT, "; %.1f MB XML in %.1f s (%.1f MB/s, %.0f pages/s)",
                o.xmlBytes() / 1e6, secs, o.xmlBytes() / 1e6 / secs, s.read / secs));
        if (o.abandonedWorkers() > 0) {
            sb.append("; ").append(o.abandonedWorkers()).append(" workers abandoned on timeouts");
        }
        if (siteDataScan != null) {
            sb.append(String.format(Locale.ROOT, "; site data pre-pass: %,d pages in %.1f s%s", siteDataScan.pages(),
                    siteDataScan.seconds(), siteDataScan.limited() ? " (bounded by --limit)" : ""));
        }
        err.println(sb);
        if (outDir != null && o.fatal() == null) {
            err.println("wikirefine dump: output in " + outDir + " (" + s.parts.size() + " parts, manifest.json)");
        }
        if (o.fatal() != null) {
            err.println("wikirefine dump: " + (o.exitCode() == 3 ? "FATAL: " : "") + o.fatal()
                    + (outDir != null && !o.inputComplete() && Files.isRegularFile(outDir.resolve(PartSink.CHECKPOINT))
                    ? " (rerun with --resume to continue from the last committed part)" : ""));
        }
    }

    private static ObjectNode stats(DumpPipeline.Outcome o, int nThreads) {
        RunState s = o.state();
        ObjectNode st = Json.object();
        ObjectNode oc = st.putObject("outcomes");
        oc.put("read", s.read);
        oc.put("written", s.written);
        oc.put("records", s.records);
        oc.set("filtered", Json.MAPPER.valueToTree(s.filtered));
        oc.set("errored", Json.MAPPER.valueToTree(s.errored));
        oc.put("input_errors", s.inputErrors);
        st.set("diagnostics", Json.MAPPER.valueToTree(s.diagnostics));
        ArrayNode top = st.putArray("top_unknown_templates");
        s.unknownTemplates.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(100)
                .forEach(e -> top.addObject().put("name", e.getKey()).put("count", e.getValue()));
        st.put("unknown_templates_distinct", s.unknownTemplates.size());
        st.put("unknown_templates_truncated", s.unknownTemplatesTruncated);
        ObjectNode tp = st.putObject("throughput");
        double secs = Math.max(o.seconds(), 1e-6);
        tp.put("threads", nThreads);
        tp.put("seconds", Math.round(secs * 1000) / 1000.0);
        tp.put("xml_bytes", o.xmlBytes());
        tp.put("input_bytes", o.inputBytes());
        tp.put("xml_mb_per_second", Math.round(o.xmlBytes() / 1e6 / secs * 100) / 100.0);
        tp.put("pages_per_second", Math.round(s.read / secs * 10) / 10.0);
        tp.put("abandoned_workers", o.abandonedWorkers());
        st.put("exit_code", o.exitCode());
        if (o.fatal() != null) {
            st.put("fatal", o.fatal());
        }
        return st;
    }

    /** The bundled sample: in the working folder, or beside the build output / jar. */
    static Path findSample() {
        Path p = Path.of(SAMPLE);
        if (Files.isRegularFile(p)) {
            return p;
        }
        try {
            Path code = Path.of(DumpCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path d = code; d != null; d = d.getParent()) {
                Path c = d.resolve(SAMPLE);
                if (Files.isRegularFile(c)) {
                    return c;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (unusual class loader): only the working folder is searched
        }
        return null;
    }
}
