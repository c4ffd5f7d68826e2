package org.wikirefine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.wikirefine.Article;
import org.wikirefine.Format;
import org.wikirefine.RenderOptions;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.BaseConversion;
import org.wikirefine.internal.site.ProfileGuess;
import org.wikirefine.internal.site.ProfileOption;
import org.wikirefine.WikiRefiner;
import org.wikirefine.WorkLimitExceededException;
import org.wikirefine.ParserEngine;
import org.wikirefine.internal.dump.ParserOption;
import org.wikirefine.internal.dump.RecordFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wikirefine page FILE|-}: refines one page of wikitext and prints it. */
@Command(name = "page", mixinStandardHelpOptions = true,
        description = "Refine one page of wikitext (a file, or - for standard input) and print it.")
final class PageCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "UTF-8 wikitext file, or - for standard input")
    String input;

    @Option(names = "--title", paramLabel = "T", description = "page title (default: the file name without extension)")
    String title;

    @Option(names = "--variant", paramLabel = "V", split = ",",
            description = "zh, zh-hans, zh-hant, zh-cn, zh-tw, zh-hk, zh-sg, zh-mo, zh-my (repeatable; default zh)")
    List<String> variants = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = RecordFormat.NAMES + " (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--profile", paramLabel = "WIKI|FILE",
            description = "the page's wiki: a dbname or language (zhwiki, enwiki, dewiki, frwiki, jawiki, ruwiki, eswiki,"
                    + " huwiki, bgwiki) or a siteinfo XML file; default: guessed from the text (said on stderr)")
    String profile;

    @Option(names = "--conversion-table", paramLabel = "FILE",
            description = "MediaWiki's ZhConversion.php as the base of zh variant conversion (default: OpenCC)")
    Path conversionTable;

    @Option(names = "--parser", paramLabel = "native|sweble", description = ParserOption.DESCRIPTION)
    String parser;

    @Option(names = "--markers", description = "show reference markers [n] in text output")
    boolean markers;

    @Option(names = "--links", description = "markdown: internal links as links to the wiki's pages (external links always are)")
    boolean links;

    @Option(names = "--infobox", description = "include infoboxes in text output")
    boolean infobox;

    @Option(names = "--no-references", negatable = false, description = "leave the reference list out of text output")
    boolean noReferences;

    @Option(names = "--template-rules", paramLabel = "FILE", description = "extra template rule file (YAML), repeatable")
    List<Path> templateRules = new ArrayList<>();

    @Override
    public Integer call() {
        Format fmt;
        try {
            fmt = RecordFormat.parse(format).format();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        List<Variant> vs = new ArrayList<>();
        for (String v : variants.isEmpty() ? List.of("zh") : variants) {
            vs.add(Variant.fromCode(v).orElseThrow(() -> usage("unknown variant '" + v
                    + "' (expected zh, zh-hans, zh-hant, zh-cn, zh-tw, zh-hk, zh-sg, zh-mo or zh-my)")));
        }
        String text;
        String pageTitle = title;
        try {
            if (input.equals("-")) {
                text = decode(readBounded(System.in, "standard input"), "standard input");
                if (pageTitle == null) {
                    pageTitle = "";
                }
            } else {
                Path p = Path.of(input);
                try (java.io.InputStream in = Files.newInputStream(p)) {
                    text = decode(readBounded(in, input), input);
                }
                if (pageTitle == null) {
                    String name = p.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    pageTitle = (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ');
                }
            }
        } catch (NoSuchFileException e) {
            throw usage("no such file: " + input);
        } catch (IOException e) {
            throw usage("cannot read " + input + ": " + e.getMessage());
        }
        WikiProfile wp = profile(text, vs);
        WikiRefiner.Builder b = WikiRefiner.builder().profile(wp);
        if (conversionTable != null) {
            b.baseConversion(BaseConversion.mediaWikiTable(conversionTable));
        }
        try {
            ParserEngine engine = ParserOption.engine(parser);
            if (engine != null) {
                b.parser(engine);
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        templateRules.forEach(b::templateRules);
        WikiRefiner refiner;
        try {
            refiner = b.build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        Article article = refiner.parse(text, pageTitle);
        RenderOptions options = RenderOptions.defaults().withInfobox(infobox).withReferences(!noReferences)
                .withInternalLinks(links);
        if (markers) {
            options = options.withReferenceMarkers(true);
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (Variant v : vs) {
            String rendered;
            try {
                rendered = article.render(v, fmt, options);
            } catch (WorkLimitExceededException e) {
                out.flush();
                System.err.println("wikirefine page: " + v.code() + " not rendered: " + e.getMessage());
                return Main.PARTIAL;
            }
            out.print(rendered);
            if (fmt == Format.JSON) {
                out.println();
            } else if (vs.size() > 1) {
                out.println();
            }
        }
        out.flush();
        if (out.checkError()) {
            // PrintStream swallows write errors: a full disk or a closed pipe would otherwise exit 0
            System.err.println("wikirefine page: cannot write the output (disk full or output closed)");
            return Main.FATAL;
        }
        return article.isFallback() ? Main.PARTIAL : Main.OK;
    }

    /** One page's wikitext: more than this is not a page (MediaWiki caps one at 2 MiB by default) but a dump. */
    static final int MAX_INPUT_BYTES = 64 << 20;

    private byte[] readBounded(java.io.InputStream in, String name) throws IOException {
        byte[] b = in.readNBytes(MAX_INPUT_BYTES + 1);
        if (b.length > MAX_INPUT_BYTES) {
            throw usage(name + " is larger than " + (MAX_INPUT_BYTES >> 20) + " MiB; `page` renders one page of"
                    + " wikitext (MediaWiki caps a page at 2 MiB): use `wikirefine dump` for a dump");
        }
        return b;
    }

    /** The --profile wiki, or the one the text points to (the user is told which, and why). */
    private WikiProfile profile(String text, List<Variant> vs) {
        if (profile != null) {
            try {
                return ProfileOption.resolve(profile);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        ProfileGuess.Guess g = vs.stream().anyMatch(v -> v != Variant.ZH)
                ? new ProfileGuess.Guess(WikiProfile.ZHWIKI, "--variant, which only zh has")
                : ProfileGuess.guess(text);
        System.err.println("page: profile " + g.profile().name() + " (guessed from " + g.reason() + "; set --profile to choose)");
        return g.profile();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * Strict UTF-8: a file that is not UTF-8 is a usage error, not silent mojibake. A byte-order mark at the start
     * of the file is its encoding signature, not page text, so it is dropped (left in, it would hide a first-line
     * heading; a BOM inside page text stays, as in MediaWiki).
     */
    private String decode(byte[] bytes, String what) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw usage(what + " is not valid UTF-8 text");
        }
    }
}
