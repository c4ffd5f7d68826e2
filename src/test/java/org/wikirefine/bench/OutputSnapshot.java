package org.wikirefine.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.wikirefine.Article;
import org.wikirefine.Format;
import org.wikirefine.ParserEngine;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;

/**
 * Proof that a speed change left output alone: renders every page of the corpus folders with both engines, in
 * zh-tw, zh-hans and zh-cn, in all four formats, into one file. Run it before and after a change and {@code cmp}
 * the two files (docs/benchmarks.md, "Per page, English").
 * Usage: {@code java -cp … org.wikirefine.bench.OutputSnapshot OUT_FILE [corpus folder…]}
 * (default folders: fixtures/pages/zh and fixtures/pages/en).
 */
public final class OutputSnapshot {

    private static final List<Variant> VARIANTS = List.of(Variant.ZH_TW, Variant.ZH_HANS, Variant.ZH_CN);

    private OutputSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<String> folders = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("fixtures/pages/zh", "fixtures/pages/en");
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String folder : folders) {
                WikiProfile profile = folder.endsWith("/en") ? WikiProfile.ENWIKI : WikiProfile.ZHWIKI;
                for (ParserEngine engine : ParserEngine.values()) {
                    WikiRefiner refiner = WikiRefiner.builder().profile(profile).parser(engine).build();
                    for (Path page : pages(Path.of(folder))) {
                        String name = page.getFileName().toString();
                        Article article = refiner.parse(Files.readString(page, StandardCharsets.UTF_8), name);
                        for (Variant variant : VARIANTS) {
                            for (Format format : Format.values()) {
                                w.write("=== " + folder + " " + name + " " + engine + " " + variant + " " + format + "\n");
                                w.write(article.render(variant, format));
                                w.write('\n');
                            }
                        }
                    }
                }
            }
        }
        System.exit(0);
    }

    private static List<Path> pages(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }
}
