package org.wikirefine.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wikirefine.internal.model.Inline;

/**
 * Runs the unconverted text sections ({@code text}, {@code text/zh}) of {@code fixtures/templates/*.txt} through the
 * rules and {@link FakeContext}. Other sections (variants, references) need the lead's pipeline and run in the
 * real fixture runner after the merge.
 */
class TemplateFixturesTest {

    @TestFactory
    Stream<DynamicTest> templateFixtures() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("fixtures", "templates"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return files.stream().flatMap(f -> {
            try {
                return FixtureFile.read(f).cases().stream()
                        .filter(c -> c.sections().containsKey("text") || c.sections().containsKey("text/zh"))
                        .map(c -> DynamicTest.dynamicTest(f.getFileName() + ": " + c.title(), () -> run(c)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void run(FixtureFile.Case c) {
        boolean en = "enwiki".equals(c.option("profile", "zhwiki"));
        FakeContext ctx = new FakeContext(en ? HandlersTest.EN : HandlersTest.ZH);
        List<Inline> out = ctx.run(c.sections().get("wikitext")).stream()
                .filter(i -> !(i instanceof Inline.RefMarker)).toList();
        String expected = c.sections().getOrDefault("text/zh", c.sections().get("text"));
        assertThat(normalise(FakeContext.render(out))).isEqualTo(normalise(expected));
    }

    static String normalise(String s) {
        return Stream.of(s.split("\n")).map(l -> l.replaceAll("[ \\t\\u00A0]+", " ").strip())
                .filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
