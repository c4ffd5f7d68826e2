package org.wikirefine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.wikirefine.BaseConversion;
import org.wikirefine.Converter;
import org.wikirefine.Variant;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wikirefine convert --variant V [FILE|-]}: converts plain text that may hold {@code -{ }-} markup, as one
 * page's text (rules apply from their position onward).
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert plain text (which may contain -{ }- markup) to a Chinese variant.")
final class ConvertCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--variant", required = true, paramLabel = "V",
            description = "zh, zh-hans, zh-hant, zh-cn, zh-tw, zh-hk, zh-sg, zh-mo or zh-my (BCP-47 tags accepted)")
    String variant;

    @Option(names = {"--conversion-table", "--mediawiki-table"}, paramLabel = "FILE",
            description = "use MediaWiki's ZhConversion.php as the base table instead of OpenCC's dictionaries")
    Path mediaWikiTable;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", description = "UTF-8 text file; default standard input")
    String input;

    @Override
    public Integer call() {
        Variant v = Variant.fromCode(variant).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown variant '" + variant + "' (expected zh, zh-hans, zh-hant, zh-cn, zh-tw, zh-hk, zh-sg, zh-mo or zh-my)"));
        byte[] bytes;
        try {
            bytes = input == null || input.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(input));
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + input);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + input + ": " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), (input == null ? "standard input" : input)
                    + " is not valid UTF-8 text");
        }
        if (mediaWikiTable != null && !Files.isRegularFile(mediaWikiTable)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + mediaWikiTable);
        }
        Converter converter = Converter.create(mediaWikiTable == null ? BaseConversion.openCc()
                : BaseConversion.mediaWikiTable(mediaWikiTable));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(converter.convert(text, v));
        out.flush();
        return Main.OK;
    }
}
