package org.wikirefine.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.wikirefine.Article;
import org.wikirefine.Diagnostic;
import org.wikirefine.Reference;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;

/**
 * Reference diagnostics over the real pages in {@code fixtures/pages/**}: counts them by code (printed), and checks
 * that no page reports an internal error and that no listed entry is empty without a {@code REF_CONTENT_DROPPED}
 * for it (an entry whose source is not blank but renders empty, expected while citation templates have no rules).
 */
class RefDiagnosticsCorpusTest {

    private static final WikiRefiner ZH = WikiRefiner.builder().profile(WikiProfile.ZHWIKI).build();
    private static final WikiRefiner EN = WikiRefiner.builder().profile(WikiProfile.ENWIKI).build();

    @Test
    void referenceDiagnosticsOverTheCorpus() throws IOException {
        Map<String, Integer> byCode = new TreeMap<>();
        Map<String, Integer> pagesByCode = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int pages = 0;
        int entries = 0;
        int emptyEntries = 0;
        for (String lang : List.of("zh", "en")) {
            List<Path> files;
            try (Stream<Path> s = Files.list(Path.of("fixtures", "pages", lang))) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                pages++;
                String title = f.getFileName().toString().replaceFirst("\\.(wikitext|txt)$", "").replace('_', ' ');
                Article a = (lang.equals("zh") ? ZH : EN).parse(Files.readString(f, StandardCharsets.UTF_8), title);
                Map<String, Integer> here = new TreeMap<>();
                for (Diagnostic d : a.diagnostics()) {
                    if (d.severity() == Diagnostic.Severity.ERROR) {
                        problems.add(f.getFileName() + ": internal error " + d);
                    }
                    if (d.code().startsWith("REF_")) {
                        here.merge(d.code(), 1, Integer::sum);
                    }
                }
                int empty = 0;
                for (Reference r : a.references(Variant.ZH)) {
                    entries++;
                    if (r.text().isBlank()) {
                        empty++;
                    }
                }
                emptyEntries += empty;
                if (empty != here.getOrDefault("REF_CONTENT_DROPPED", 0)) {
                    problems.add(f.getFileName() + ": " + empty + " empty entries but "
                            + here.getOrDefault("REF_CONTENT_DROPPED", 0) + " REF_CONTENT_DROPPED");
                }
                here.forEach((k, v) -> {
                    byCode.merge(k, v, Integer::sum);
                    pagesByCode.merge(k, 1, Integer::sum);
                });
            }
        }
        StringBuilder report = new StringBuilder("Reference diagnostics over ").append(pages).append(" pages (")
                .append(entries).append(" listed entries, ").append(emptyEntries)
                .append(" empty = REF_CONTENT_DROPPED):\n");
        byCode.forEach((k, v) -> report.append("  ").append(k).append(": ").append(v).append(" on ")
                .append(pagesByCode.get(k)).append(" pages\n"));
        System.out.println(report);
        assertThat(pages).isGreaterThan(50);
        assertThat(entries).isGreaterThan(500);
        assertThat(problems).as(report.toString()).isEmpty();
    }
}
