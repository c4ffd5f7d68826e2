package org.wikirefine.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wikirefine.Article;
import org.wikirefine.DumpReader;
import org.wikirefine.Format;
import org.wikirefine.Page;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;

/**
 * Leak check (issue 12): every article of every bundled dump (and every corpus page, through
 * {@link CorpusSmokeTest}), in every format, shows no
 * table or emphasis markup from unexpanded templates ({@code |-}, {@code colspan=}, {@code ''}, empty {@code 《》}),
 * and its Markdown, rendered by a real CommonMark renderer (commonmark-java with footnotes and GFM tables), shows
 * every footnote it defines and no literal {@code [^}.
 */
class OutputResidueTest {

    private static final WikiRefiner ZH = WikiRefiner.builder().profile(WikiProfile.ZHWIKI).build();
    private static final WikiRefiner EN = WikiRefiner.builder().profile(WikiProfile.ENWIKI).build();

    /** Tokens no rendering may show unless the page shows them too (verbatim, or written with entities). */
    static final List<String> RESIDUE = List.of("|-", "colspan=", "rowspan=", "''", "《》");

    /**
     * Pages whose source really shows the token as MediaWiki renders it: a page written without line breaks, whose
     * table markup MediaWiki shows as literal text.
     */
    private static final Set<String> LITERAL_TABLE_MARKUP = Set.of("raith rovers");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Extension> EXTENSIONS = List.of(FootnotesExtension.create(), TablesExtension.create());
    private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\[\\^([^\\]]+)\\]:");
    private static final Pattern SHOWN_FOOTNOTE = Pattern.compile("<li id=\"fn-([^\"]+)\"");

    @TestFactory
    Stream<DynamicTest> bundledDumps() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("fixtures/dumps"))) {
            for (Path dump : files.filter(f -> f.toString().endsWith(".bz2") && !f.toString().contains("-index"))
                    .sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dump.getFileName().toString(), () -> checkDump(dump)));
            }
        }
        return tests.stream();
    }

    private static void checkDump(Path dump) throws IOException {
        WikiRefiner refiner = dump.toString().contains("enwiki") ? EN : ZH;
        int articles = 0;
        try (DumpReader reader = DumpReader.open(dump)) {
            for (Page p : reader) {
                if (p.ns() == 0 && p.redirect() == null) {
                    check(refiner.parse(p));
                    articles++;
                }
            }
        }
        assertThat(articles).as("articles in %s", dump).isPositive();
    }

    /** Asserts the leak and footnote checks on one page (also used by {@link CorpusSmokeTest}). */
    static void check(Article a) {
        String source = a.page().text();
        String decoded = source.replace("&#39;", "'").replace("&#124;", "|").replace("&#x27;", "'");
        for (Format f : Format.values()) {
            String out = f == Format.JSON ? shownJson(a.render(Variant.ZH, f)) : a.render(Variant.ZH, f);
            for (String token : RESIDUE) {
                int shownByPage = Math.max(0, count(decoded, token) - count(source, token)) + verbatim(source, token)
                        + (token.equals("《》") ? count(source, token) : 0);
                // JSON repeats a reference's text in its citation fields and the body in "text".
                int allowed = f == Format.JSON ? 3 * shownByPage : shownByPage;
                if (LITERAL_TABLE_MARKUP.contains(a.page().title()) && !token.equals("''")) {
                    continue;
                }
                assertThat(count(out, token)).as("'%s' in %s of %s: %s", token, f, a.page().title(), context(out, token))
                        .isLessThanOrEqualTo(allowed);
            }
        }
        String markdown = a.render(Variant.ZH, Format.MARKDOWN);
        String html = HTML.render(MARKDOWN.parse(markdown));
        List<String> defined = all(DEFINITION, markdown);
        List<String> shown = all(SHOWN_FOOTNOTE, html);
        assertThat(shown).as("footnotes shown by CommonMark in %s", a.page().title()).hasSameSizeAs(defined);
        assertThat(html).as("literal footnote reference in %s", a.page().title()).doesNotContain("[^");
        // Bold and italic delimiters CommonMark does not read show as asterisks: every shown one must be a literal
        // asterisk the writer escaped (code and preformatted text show theirs as written).
        // The front matter is YAML (its values as written), not Markdown: only the body counts.
        String body = markdown.substring(markdown.indexOf("\n---\n") + 5);
        String shownText = HTML.render(MARKDOWN.parse(body)).replaceAll("(?s)<(pre|code)>.*?</\\1>", "")
                .replaceAll("<[^>]+>", "");
        assertThat(count(shownText, "*")).as("stray emphasis delimiters in %s: %s", a.page().title(), context(shownText, "*"))
                .isLessThanOrEqualTo(count(body, "\\*"));
    }

    /** The JSON without what quotes the source as written: ref names, template names, diagnostic messages. */
    private static String shownJson(String json) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(json);
            root.remove(List.of("templates_unknown", "diagnostics"));
            root.get("references").forEach(r -> ((ObjectNode) r).remove("name"));
            return root.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Occurrences inside nowiki, pre, code and math, which the page shows as written. */
    private static int verbatim(String source, String token) {
        Matcher m = Pattern.compile("(?is)<(nowiki|pre|code|math|syntaxhighlight|source|tt)\\b[^>]*>(.*?)</\\1\\s*>")
                .matcher(source);
        int n = 0;
        while (m.find()) {
            n += count(m.group(2), token);
        }
        return n;
    }

    private static List<String> all(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String context(String out, String token) {
        int at = out.indexOf(token);
        return at < 0 ? "" : out.substring(Math.max(0, at - 50), Math.min(out.length(), at + 40)).replace('\n', '⏎');
    }

    private static int count(String s, String t) {
        int n = 0;
        for (int k = s.indexOf(t); k >= 0; k = s.indexOf(t, k + t.length())) {
            n++;
        }
        return n;
    }
}
