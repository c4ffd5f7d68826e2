package org.wikirefine.internal.wikitext;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@link NativeParserFuzzTest}'s inputs as a plain JUnit test (the {@code jazzer} tag is excluded from
 * {@code mvn verify}): its own findings, the whole-page target's inputs (same mode byte) and every page-level
 * finding of {@code fixtures/findings/} (as UTF-8 text, mode 0), which are also its fuzzing seeds. The parser is
 * linear, so this costs a few seconds. The timeout is a hang guard, not a speed check.
 */
class NativeParserFuzzRegressionTest {

    private static final Path OWN = Path.of("src/test/resources/org/wikirefine/internal/wikitext/NativeParserFuzzTestInputs/nativeParser");
    private static final Path PAGE = Path.of("src/test/resources/org/wikirefine/findings/PageFuzzTestInputs/wholePage");
    private static final Path FINDINGS = Path.of("fixtures/findings");

    @TestFactory
    Stream<DynamicTest> everyInputReplays() throws IOException {
        return Stream.of(inputs(OWN, false), inputs(PAGE, false), inputs(FINDINGS, true)).flatMap(s -> s);
    }

    private static Stream<DynamicTest> inputs(Path dir, boolean wikitextFiles) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !wikitextFiles || p.toString().endsWith(".wikitext"))
                    .sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(dir.relativize(p).toString(), () -> {
                        byte[] input = wikitextFiles ? withModeByte(Files.readAllBytes(p)) : Files.readAllBytes(p);
                        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new NativeParserFuzzTest().nativeParser(input));
                    }));
        }
    }

    private static byte[] withModeByte(byte[] text) {
        byte[] input = new byte[text.length + 1];
        System.arraycopy(text, 0, input, 1, text.length);
        return input;
    }
}
