package org.wikirefine.findings;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@link PageFuzzTest}'s inputs (its seeds and every finding of a fuzzing run) as a plain JUnit test, so
 * that {@code mvn verify} needs no Jazzer agent in the test JVM: the {@code jazzer} tag is excluded there, and
 * {@code src/bench/fuzz.sh} includes it. Each input is replayed on both engines (its mode byte's engine bit
 * flipped), since a finding of one engine is a page the other meets too. The timeout is a hang guard, not a speed
 * check.
 */
class PageFuzzRegressionTest {

    static final Path INPUTS = Path.of("src/test/resources/org/wikirefine/findings/PageFuzzTestInputs/wholePage");

    @TestFactory
    Stream<DynamicTest> everyInputReplays() throws IOException {
        try (Stream<Path> files = Files.list(INPUTS)) {
            return files.sorted().toList().stream().flatMap(p -> Stream.of(false, true).map(flip ->
                    DynamicTest.dynamicTest(p.getFileName() + (flip ? " (other engine)" : ""), () -> {
                        byte[] input = Files.readAllBytes(p);
                        if (flip && input.length > 0) {
                            input[0] ^= PageFuzzTest.SWEBLE_BIT;
                        }
                        byte[] replayed = input;
                        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> new PageFuzzTest().wholePage(replayed));
                    })));
        }
    }
}
