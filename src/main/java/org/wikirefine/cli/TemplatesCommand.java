package org.wikirefine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.wikirefine.Article;
import org.wikirefine.TemplateCall;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.site.ProfileOption;
import org.wikirefine.WikiRefiner;
import org.wikirefine.internal.template.DropHandler;
import org.wikirefine.internal.template.TemplateCallScanner;
import org.wikirefine.internal.template.TemplateRegistry;
import org.wikirefine.internal.template.TemplateRules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wikirefine templates INPUT --top N}: the most frequent unknown templates over a page file or a folder of
 * pages (recursively: {@code .wikitext}, {@code .wiki}, {@code .txt}). That list is the contributors' to-do list:
 * each line is a template that needs a rule (see docs/template-rules.md).
 *
 * <p>By default every page is refined through the public API and {@link Article#templates()} tells which calls
 * were unknown (nested calls included, exactly as the refiner sees them). {@code --scan} skips parsing: calls are
 * found by {@link TemplateCallScanner} and looked up in the rules, much faster on big inputs and usable while the
 * refiner cannot parse something. Exit codes: 0 ok, 1 some pages failed, 2 usage.
 */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "List the most frequent unknown templates of a page file or folder.")
public final class TemplatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "A page file or a folder of pages (.wikitext, .wiki, .txt).")
    Path input;

    @Option(names = "--top", defaultValue = "50", description = "How many templates to list (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--profile", defaultValue = "zhwiki",
            description = "The wiki: a dbname, language or siteinfo XML file (default ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--template-rules", paramLabel = "FILE",
            description = "Extra template rule file (YAML), repeatable; same option as page and dump.")
    List<Path> rules = new ArrayList<>();

    /** The option's old name, still accepted (docs and scripts used it). */
    @Option(names = "--rules", hidden = true, paramLabel = "FILE")
    List<Path> oldRules = new ArrayList<>();

    @Option(names = "--scan", description = "Find calls with a fast scanner instead of refining each page.")
    boolean scan;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        rules.addAll(oldRules);
        if (!Files.exists(input)) {
            err.println("templates: no such file or folder: " + input);
            return 2;
        }
        if (top <= 0) {
            err.println("templates: --top must be positive");
            return 2;
        }
        WikiProfile wiki;
        try {
            wiki = ProfileOption.resolve(profile);
        } catch (IllegalArgumentException e) {
            err.println("templates: " + e.getMessage());
            return 2;
        }
        Map<String, Integer> unknown = new HashMap<>();
        int[] calls = {0};
        int[] failed = {0};
        int[] pageCount = {0};
        TemplateRegistry registry;
        WikiRefiner refiner;
        if (scan) {
            // names only: the conversion handler is not needed to know that noteTA has a rule
            registry = TemplateRules.load(wiki, rules, Map.of("noteTA", DropHandler.INSTANCE));
            refiner = null;
        } else {
            WikiRefiner.Builder b = WikiRefiner.builder().profile(wiki);
            rules.forEach(b::templateRules);
            refiner = b.build();
            registry = null;
        }
        java.util.function.BiConsumer<String, String> count = (title, text) -> {
            pageCount[0]++;
            List<TemplateCall> found;
            if (scan) {
                found = new ArrayList<>();
                for (TemplateCall c : TemplateCallScanner.calls(text)) {
                    boolean known = registry.handlerFor(c).isPresent();
                    found.add(new TemplateCall(c.name(), c.parameters(), c.offset(), known));
                }
            } else {
                found = refiner.parse(text, title).templates();
            }
            for (TemplateCall c : found) {
                calls[0]++;
                if (!c.handled()) {
                    unknown.merge(c.name(), 1, Integer::sum);
                }
            }
        };
        if (isDump(input)) {
            // A dump: its articles (namespace 0, no redirects), as the dump command would refine them.
            try (org.wikirefine.DumpReader dump = org.wikirefine.DumpReader.open(input)) {
                for (org.wikirefine.Page page : dump) {
                    if (page.isArticle()) {
                        try {
                            count.accept(page.title(), page.text());
                        } catch (RuntimeException e) {
                            failed[0]++;
                            err.println("templates: " + page.title() + ": " + e);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                failed[0]++;
                err.println("templates: " + input + ": " + e.getMessage());
            }
        } else {
            for (Path page : pages(input)) {
                try {
                    count.accept(title(page), Files.readString(page, StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    failed[0]++;
                    err.println("templates: " + page + ": " + e);
                }
            }
        }
        int unknownCalls = unknown.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "# %d pages, %d template calls, %d unknown (%.1f %% handled)%n", pageCount[0], calls[0],
                unknownCalls, calls[0] == 0 ? 100.0 : 100.0 * (calls[0] - unknownCalls) / calls[0]);
        unknown.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue())
                .limit(top)
                .forEach(e -> out.println(e.getValue() + "\t" + e.getKey()));
        out.flush();
        return failed[0] == 0 ? 0 : 1;
    }

    /** A dump file rather than a page file: by its ending. */
    static boolean isDump(Path input) {
        String n = input.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(input) && (n.endsWith(".xml") || n.endsWith(".bz2") || n.endsWith(".gz"));
    }

    static List<Path> pages(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        try (Stream<Path> s = Files.walk(input)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".wikitext") || n.endsWith(".wiki") || n.endsWith(".txt");
            }).sorted().toList();
        }
    }

    /** A title from the file name ({@code dot_} prefix of the corpus stands for a leading dot, {@code _} for space). */
    static String title(Path page) {
        String n = page.getFileName().toString().replaceFirst("\\.(wikitext|wiki|txt)$", "");
        if (n.startsWith("dot_")) {
            n = "." + n.substring(4);
        }
        return n.replace('_', ' ');
    }
}
