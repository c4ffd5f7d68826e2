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
import org.wikirefine.SiteInfo;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;
import org.wikirefine.internal.dump.Atomic;
import org.wikirefine.internal.dump.DumpPipeline;
import org.wikirefine.internal.dump.DumpSource;
import org.wikirefine.internal.dump.DumpSources;
import org.wikirefine.internal.dump.DumpSupportData;
import org.wikirefine.internal.dump.Json;
import org.wikirefine.internal.dump.OutputSink;
import org.wikirefine.internal.dump.PageProcessor;
import org.wikirefine.internal.dump.PartSink;
import org.wikirefine.internal.dump.Progress;
import org.wikirefine.internal.dump.RecordFormat;
import org.wikirefine.internal.dump.RefinerPageProcessor;
import org.wikirefine.internal.dump.RunState;
import org.wikirefine.internal.dump.StreamSink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
         * @param support lazily collected support data from the dump (template redirects, CGroups); collecting
         *                costs a pre-pass, so call it only if the data will be used
         */
        PageProcessor create(List<Variant> variants, Format format, List<Path> templateRules, SiteInfo siteInfo,
                             Supplier<DumpSupportData> support) throws Exception;
    }

    /**
     * The default: one shared {@link WikiRefiner}, profile chosen from the dump's dbname, with the dump's own
     * template redirects, conversion groups and conversion tables (so that output matches that dump's revision).
     */
    public static final ProcessorFactory REFINER = refiner(ParserEngine.SWEBLE);

    /** The real refiner with the given parser engine. */
    static ProcessorFactory refiner(ParserEngine engine) {
        return (variants, format, rules, si, support) -> refinerProcessor(engine, variants, format, rules, si, support);
    }

    private static PageProcessor refinerProcessor(ParserEngine engine, List<Variant> variants, Format format,
                                                  List<Path> rules, SiteInfo si, Supplier<DumpSupportData> support) {
        WikiRefiner.Builder b = WikiRefiner.builder().parser(engine)
                .profile("enwiki".equals(si.dbname()) ? WikiProfile.ENWIKI : WikiProfile.ZHWIKI);
        for (Path r : rules) {
            b.templateRules(r);
        }
        DumpSupportData data = support == null ? null : support.get();
        if (data != null && !data.isEmpty()) {
            b.templateRedirects(data.templateRedirects());
            java.util.Map<String, String> groups = new java.util.LinkedHashMap<>();
            data.templateCGroups().forEach((k, v) -> groups.put("Template:" + k, v));
            data.moduleCGroups().forEach((k, v) -> groups.put("Module:" + k, v));
            b.conversionGroupPages(groups);
            b.conversionTablePages(data.conversionTables());
        }
        return new RefinerPageProcessor(b.build(), variants, format);
    }

    public static final String SAMPLE = "fixtures/dumps/sample-multistream.xml.bz2";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT",
            description = "Dump file, or - for stdin. Default: the bundled sample.")
    String input;

    @Option(names = "--no-site-data", description = "Do not read the dump's own template redirects, conversion groups "
            + "and conversion tables (saves the pre-pass over the Template, Module and MediaWiki namespaces).")
    boolean noSiteData;

    @Option(names = "--out", paramLabel = "DIR|-", defaultValue = "dump-out",
            description = "Output folder for parts, errors and manifest, or - for stdout. Default: ${DEFAULT-VALUE}.")
    String out;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FMT",
            description = "jsonl, text, structured or markdown. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--variant", paramLabel = "V",
            description = "Variant to render (repeatable; each page is parsed once). Default: zh (unconverted).")
    List<String> variants = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: number of cores.")
    Integer threads;

    @Option(names = "--ns", paramLabel = "NS[,NS...]", hideParamSyntax = true, split = ",", defaultValue = "0",
            description = "Namespaces to keep, comma-separated, or 'all'. Default: ${DEFAULT-VALUE}.")
    List<String> namespaces;

    @Option(names = "--redirects", defaultValue = "skip", paramLabel = "skip|keep",
            description = "Skip redirects (counted as filtered) or keep them as redirect records. Default: ${DEFAULT-VALUE}.")
    String redirects;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Error records (JSONL). Default: errors.jsonl in --out (stderr with --out -).")
    Path errors;

    @Option(names = "--resume", description = "Continue an interrupted run in --out from its checkpoint.")
    boolean resume;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N pages read.")
    Long limit;

    @Option(names = "--template-rules", paramLabel = "FILE", description = "Extra template rule file (repeatable).")
    List<Path> templateRules = new ArrayList<>();

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

    @Option(names = "--page-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Wall-clock budget per page before it becomes a TIMEOUT error. Default: ${DEFAULT-VALUE}.")
    double pageTimeout;

    @Option(names = "--max-stuck", paramLabel = "N", defaultValue = "4",
            description = "Abandoned (timed-out, still running) workers tolerated before the run stops. Default: ${DEFAULT-VALUE}.")
    int maxStuck;

    @Option(names = "--checksums", paramLabel = "FILE",
            description = "Verify INPUT against a published md5sums/sha1sums file before reading; exit 3 on mismatch.")
    Path checksums;

    @Option(names = "--parser", paramLabel = "native|sweble", defaultValue = "native",
            description = ParserOption.DESCRIPTION + "; --stats counts them")
    String parser;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final ProcessorFactory factory;
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
        // ---- options
        RecordFormat fmt;
        try {
            fmt = RecordFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        List<Variant> vs = new ArrayList<>();
        for (String v : variants) {
            vs.add(Variant.fromCode(v).orElseThrow(() -> usage("unknown variant '" + v + "'")));
        }
        if (vs.isEmpty()) {
            vs.add(Variant.ZH);
        }
        vs = new ArrayList<>(new LinkedHashSet<>(vs));
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (nThreads < 1 || nThreads > 512) {
            throw usage("--threads must be between 1 and 512");
        }
        Set<Integer> nsSet = null;
        if (!(namespaces.size() == 1 && ("all".equalsIgnoreCase(namespaces.get(0).trim())
                || "*".equals(namespaces.get(0).trim())))) {
            nsSet = new TreeSet<>();
            for (String s : namespaces) {
                try {
                    nsSet.add(Integer.parseInt(s.trim()));
                } catch (NumberFormatException e) {
                    throw usage("--ns takes namespace numbers or 'all', not '" + s + "'");
                }
            }
        }
        boolean keepRedirects = switch (redirects.toLowerCase(Locale.ROOT)) {
            case "skip" -> false;
            case "keep" -> true;
            default -> throw usage("--redirects takes skip or keep");
        };
        boolean gz = switch (compress.toLowerCase(Locale.ROOT)) {
            case "gz", "gzip" -> true;
            case "none" -> false;
            default -> throw usage("--compress takes gz or none");
        };
        if (splitMb <= 0) {
            throw usage("--split-mb must be positive");
        }
        if (pageTimeout <= 0) {
            throw usage("--page-timeout must be positive");
        }
        if (limit != null && limit < 0) {
            throw usage("--limit must be >= 0");
        }
        boolean toStdout = "-".equals(out);
        if (toStdout && resume) {
            throw usage("--resume needs an output folder, not --out -");
        }
        for (Path r : templateRules) {
            if (!Files.isRegularFile(r)) {
                throw usage("--template-rules: no such file " + r);
            }
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
            if (!Files.isRegularFile(inPath)) {
                throw usage("no such input file: " + input);
            }
        }
        if (index != null && !Files.isRegularFile(index)) {
            throw usage("no such index file: " + index);
        }
        if (index != null && inPath == null) {
            throw usage("--index needs an input file, not stdin");
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
            source = inPath == null ? DumpSources.open(System.in, true)
                    : DumpSources.open(inPath, index, !noIndex, nThreads, true);
        } catch (DumpException e) {
            err.println("wikirefine dump: " + e.getMessage());
            return 3;
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
        ObjectNode options = Json.object();
        options.put("format", fmt.name().toLowerCase(Locale.ROOT));
        ArrayNode va = options.putArray("variants");
        vs.forEach(v -> va.add(v.code()));
        if (nsSet == null) {
            options.put("namespaces", "all");
        } else {
            ArrayNode na = options.putArray("namespaces");
            nsSet.forEach(na::add);
        }
        options.put("redirects", keepRedirects ? "keep" : "skip");
        if (limit == null) {
            options.putNull("limit");
        } else {
            options.put("limit", limit);
        }
        options.put("split_mb", splitMb);
        options.put("compress", gz ? "gz" : "none");
        ArrayNode rules = options.putArray("template_rules");
        templateRules.forEach(r -> rules.add(r.getFileName().toString()));

        ObjectNode manifest = Json.object();
        manifest.put("manifest_version", 1);
        ObjectNode in = manifest.putObject("input");
        in.put("name", inPath == null ? "-" : inPath.getFileName().toString());
        in.put("bytes", source.inputSize());
        in.put("read_by_index", source.indexed());
        in.put("units", source.totalUnits());
        SiteInfo si = source.siteInfo();
        ObjectNode sin = manifest.putObject("siteinfo");
        sin.put("sitename", si.sitename());
        sin.put("dbname", si.dbname());
        sin.put("generator", si.generator());
        manifest.set("options", options);
        // what must match for --resume to continue a run: input identity and every output-shaping option
        String fingerprint = in.toString() + options.toString();

        RunState state = new RunState();
        state.fingerprint = fingerprint;
        boolean resuming = false;
        Path outDir = toStdout ? null : Path.of(out);
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

        PageProcessor processor;
        try {
            Path ip = inPath;
            Supplier<DumpSupportData> support = memo(() -> {
                try {
                    return ip == null ? null : DumpSupportData.collect(ip, index, nThreads);
                } catch (IOException e) {
                    err.println("wikirefine dump: support data pre-pass failed: " + e.getMessage());
                    return null;
                }
            });
            ProcessorFactory chosen = factory == REFINER ? refiner(ParserOption.engine(parser)) : factory;
            processor = chosen.create(vs, fmt.format(), templateRules, si, noSiteData ? () -> null : support);
        } catch (IllegalArgumentException e) {
            throw usage("configuration: " + e.getMessage());
        } catch (Exception e) {
            err.println("wikirefine dump: cannot set up the refiner: " + e);
            return 3;
        }

        OutputSink sink = toStdout ? new StreamSink(stdout, errors)
                : new PartSink(outDir, fmt, (long) (splitMb * 1024 * 1024), gz, errors);
        DumpPipeline.Config cfg = new DumpPipeline.Config(nThreads,
                Duration.ofMillis((long) (pageTimeout * 1000)), maxStuck, nsSet, keepRedirects,
                limit == null ? -1 : limit, fmt);
        Progress progress = quiet ? null : Progress.auto(err);
        DumpPipeline.Outcome o = new DumpPipeline(cfg, processor, progress).run(source, sink, state, resuming,
                manifest);
        summary(o, toStdout ? null : outDir);
        if (stats != null) {
            try {
                Files.createDirectories(stats.toAbsolutePath().getParent());
                Atomic.write(stats, Json.pretty(stats(o, nThreads)));
            } catch (IOException e) {
                err.println("wikirefine dump: cannot write --stats: " + e.getMessage());
            }
        }
        return o.exitCode();
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
