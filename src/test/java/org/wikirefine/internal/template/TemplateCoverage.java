package org.wikirefine.internal.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.wikirefine.TemplateCall;
import org.wikirefine.WikiProfile;

/**
 * Counting tool: how many template calls of a set of pages the rules handle, and which unknown templates are most
 * frequent. Regex-level, no parser: calls are found by a nested-aware scan of {@code {{…}}} (triple-brace
 * parameters, comments, nowiki/math/pre skipped); parser functions ({@code #if:}) and magic words
 * ({@code DEFAULTSORT:…}, {@code PAGENAME}) are not template calls and are counted apart.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.wikirefine.internal.template.TemplateCoverage \
 *      zh ../shared/corpus/zh en ../shared/corpus/en
 * </pre>
 * Arguments are pairs {@code zh|en DIR}; directories are scanned recursively for .wikitext/.wiki/.txt files,
 * skipping {@code templates/} and {@code cgroups/} folders.
 */
public final class TemplateCoverage {

    /** One language's result. */
    public record Result(int calls, int byRule, int byHeuristic, int magic, Map<String, Integer> unknown) {
        public double shareByRule() {
            return calls == 0 ? 1 : (double) byRule / calls;
        }

        public double shareHandled() {
            return calls == 0 ? 1 : (double) (byRule + byHeuristic) / calls;
        }
    }

    private TemplateCoverage() {
    }

    public static void main(String[] args) throws IOException {
        for (int i = 0; i + 1 < args.length; i += 2) {
            WikiProfile profile = args[i].equals("en") ? WikiProfile.ENWIKI : WikiProfile.ZHWIKI;
            TemplateRegistry reg = TemplateRules.load(profile, List.of(), Map.of("noteTA", (c, x) -> { }));
            Result r = count(reg, pages(Path.of(args[i + 1])));
            System.out.printf(Locale.ROOT, "%s: %d calls, %.1f %% by rule, %.1f %% with the infobox heuristic, %d magic words/parser functions left out%n",
                    args[i], r.calls(), 100 * r.shareByRule(), 100 * r.shareHandled(), r.magic());
            r.unknown().entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(Integer.getInteger("top", 40))
                    .forEach(e -> System.out.println("  " + e.getValue() + "\t" + e.getKey()));
        }
    }

    public static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/templates/") && !p.toString().contains("/cgroups/"))
                    .filter(p -> p.toString().endsWith(".wikitext") || p.toString().endsWith(".wiki") || p.toString().endsWith(".txt"))
                    .sorted().toList();
        }
    }

    public static Result count(TemplateRegistry reg, List<Path> pages) {
        int calls = 0;
        int byRule = 0;
        int byHeuristic = 0;
        int magic = 0;
        Map<String, Integer> unknown = new TreeMap<>();
        for (Path p : pages) {
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (TemplateCall call : calls(text)) {
                if (call == null) {
                    magic++;
                    continue;
                }
                calls++;
                if (reg.handlerFor(call.name()).isPresent()) {
                    byRule++;
                } else if (reg.handlerFor(call).isPresent()) {
                    byHeuristic++;
                } else {
                    unknown.merge(call.name(), 1, Integer::sum);
                }
            }
        }
        return new Result(calls, byRule, byHeuristic, magic, new LinkedHashMap<>(unknown));
    }

    /** Template calls of a page (see {@link TemplateCallScanner}); a {@code null} entry per magic word. */
    public static List<TemplateCall> calls(String text) {
        List<TemplateCall> out = new ArrayList<>(TemplateCallScanner.calls(text));
        for (int k = TemplateCallScanner.magicWords(text); k > 0; k--) {
            out.add(null);
        }
        return out;
    }
}
