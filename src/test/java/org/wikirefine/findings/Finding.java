package org.wikirefine.findings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;

/**
 * One reproducer of {@code fixtures/findings/} (see its README): the exact input (the UTF-16LE file when there is
 * one, since UTF-8 cannot hold the lone surrogates some carry), and the profile, title and variants its {@code .txt}
 * names. Hand-written inputs without a {@code .txt} run as zhwiki pages in three variants.
 */
record Finding(String name, String text, WikiProfile profile, String title, List<Variant> variants) {

    static final Path ROOT = Path.of("fixtures", "findings");
    private static final List<String> FOLDERS = List.of("fuzz", "min", "manual", "perf");

    static List<Finding> all() throws IOException {
        List<Finding> out = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
                for (Path p : files.sorted().toList()) {
                    String file = p.getFileName().toString();
                    if (file.endsWith(".wikitext")) {
                        out.add(load(folder, file.substring(0, file.length() - ".wikitext".length())));
                    } else if (file.endsWith(".utf16le") && !Files.exists(p.resolveSibling(
                            file.replace(".utf16le", ".wikitext")))) {
                        out.add(load(folder, file.substring(0, file.length() - ".utf16le".length())));
                    }
                }
            }
        }
        return out;
    }

    private static Finding load(String folder, String base) throws IOException {
        Path dir = ROOT.resolve(folder);
        String text = exact(dir, base).orElseGet(() -> read(dir.resolve(base + ".wikitext")));
        List<String> meta = Files.exists(dir.resolve(base + ".txt"))
                ? Files.readAllLines(dir.resolve(base + ".txt"), StandardCharsets.UTF_8) : List.of();
        WikiProfile profile = field(meta, "profile").map(p -> WikiProfile.of(p.toLowerCase(java.util.Locale.ROOT)))
                .orElse(WikiProfile.ZHWIKI);
        String title = field(meta, "title").orElse("Finding");
        List<Variant> variants = field(meta, "variants").map(Finding::variants)
                .orElse(List.of(Variant.ZH, Variant.ZH_HANS, Variant.ZH_TW));
        return new Finding(folder + "/" + base, text, profile, title, variants);
    }

    /** The exact UTF-16 input if the finding has one: {@code .utf16le} in fuzz/, {@code .u16} (big-endian) in min/. */
    private static Optional<String> exact(Path dir, String base) throws IOException {
        for (String ext : List.of(".utf16le", ".u16")) {
            Path p = dir.resolve(base + ext);
            if (Files.exists(p)) {
                // Decoded by hand: the JDK decoder would turn a lone surrogate into U+FFFD before we see it.
                byte[] b = Files.readAllBytes(p);
                char[] c = new char[b.length / 2];
                for (int i = 0; i < c.length; i++) {
                    int lo = ext.equals(".u16") ? 2 * i + 1 : 2 * i;
                    int hi = ext.equals(".u16") ? 2 * i : 2 * i + 1;
                    c[i] = (char) ((b[lo] & 0xFF) | (b[hi] & 0xFF) << 8);
                }
                return Optional.of(new String(c));
            }
        }
        return Optional.empty();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<String> field(List<String> meta, String key) {
        for (String line : meta) {
            if (line.startsWith("--- ")) {
                break;
            }
            if (line.startsWith(key + ": ")) {
                return Optional.of(line.substring(key.length() + 2).strip());
            }
        }
        return Optional.empty();
    }

    private static List<Variant> variants(String list) {
        List<Variant> out = new ArrayList<>();
        for (String code : list.replace("[", "").replace("]", "").split(",")) {
            Variant v = Variant.fromCode(code.strip()).orElseThrow(() -> new IllegalArgumentException(code));
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
