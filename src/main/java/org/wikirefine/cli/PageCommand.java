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
import org.wikirefine.WikiRefiner;

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
            description = "text, structured, markdown or json (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "zhwiki", description = "zhwiki or enwiki (default ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--parser", paramLabel = "native|sweble", defaultValue = "native", description = ParserOption.DESCRIPTION)
    String parser;

    @Option(names = "--markers", description = "show reference markers [n] in text output")
    boolean markers;

    @Option(names = "--infobox", description = "include infoboxes in text output")
    boolean infobox;

    @Option(names = "--no-references", negatable = false, description = "leave the reference list out of text output")
    boolean noReferences;

    @Option(names = "--template-rules", paramLabel = "FILE", description = "extra template rule file (YAML), repeatable")
    List<Path> templateRules = new ArrayList<>();

    @Override
    public Integer call() {
        Format fmt = Format.fromName(format).orElseThrow(() -> usage("unknown format '" + format
                + "' (expected text, structured, markdown or json)"));
        List<Variant> vs = new ArrayList<>();
        for (String v : variants.isEmpty() ? List.of("zh") : variants) {
            vs.add(Variant.fromCode(v).orElseThrow(() -> usage("unknown variant '" + v
                    + "' (expected zh, zh-hans, zh-hant, zh-cn, zh-tw, zh-hk, zh-sg, zh-mo or zh-my)")));
        }
        WikiProfile wp = switch (profile.toLowerCase(java.util.Locale.ROOT)) {
            case "zhwiki", "zh" -> WikiProfile.ZHWIKI;
            case "enwiki", "en" -> WikiProfile.ENWIKI;
            default -> throw usage("unknown profile '" + profile + "' (expected zhwiki or enwiki)");
        };
        String text;
        String pageTitle = title;
        try {
            if (input.equals("-")) {
                text = decode(System.in.readAllBytes(), "standard input");
                if (pageTitle == null) {
                    pageTitle = "";
                }
            } else {
                Path p = Path.of(input);
                text = decode(Files.readAllBytes(p), input);
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
        WikiRefiner.Builder b;
        try {
            b = WikiRefiner.builder().profile(wp).parser(ParserOption.engine(parser));
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
        RenderOptions options = RenderOptions.defaults().withInfobox(infobox).withReferences(!noReferences);
        if (markers) {
            options = options.withReferenceMarkers(true);
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (Variant v : vs) {
            String rendered = article.render(v, fmt, options);
            out.print(rendered);
            if (fmt == Format.JSON) {
                out.println();
            } else if (vs.size() > 1) {
                out.println();
            }
        }
        out.flush();
        return article.isFallback() ? Main.PARTIAL : Main.OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Strict UTF-8: a file that is not UTF-8 is a usage error, not silent mojibake. */
    private String decode(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw usage(what + " is not valid UTF-8 text");
        }
    }
}
