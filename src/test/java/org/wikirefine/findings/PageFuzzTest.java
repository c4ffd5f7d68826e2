package org.wikirefine.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;

/**
 * Jazzer fuzz target for the whole page pipeline: parse once, then every format of a few variants under the output
 * invariants ({@link PageInvariants}); an exception is a finding too. The first byte picks the profile, the
 * variants and the decoding (UTF-8, or UTF-16LE so that lone surrogates reach the Java API as an embedder can pass
 * them); the rest is the page. Under {@code mvn verify} (regression mode) it replays the inputs under
 * {@code src/test/resources/org/wikirefine/findings/PageFuzzTestInputs/wholePage/}; {@code src/bench/fuzz.sh}
 * fuzzes for real, seeded from {@code fixtures/findings/} (docs/fuzzing.md).
 */
class PageFuzzTest {

    private static final List<List<Variant>> VARIANT_SETS = List.of(
            List.of(Variant.ZH, Variant.ZH_HANS, Variant.ZH_TW),
            List.of(Variant.ZH_HANT, Variant.ZH_CN, Variant.ZH_HK),
            List.of(Variant.ZH_SG, Variant.ZH_MO, Variant.ZH_MY),
            List.of(Variant.ZH_HANS));

    @FuzzTest(maxDuration = "10m")
    void wholePage(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int mode = input[0] & 0xFF;
        WikiProfile profile = (mode & 1) == 0 ? WikiProfile.ZHWIKI : WikiProfile.ENWIKI;
        List<Variant> variants = VARIANT_SETS.get((mode >> 1) & 3);
        String text = (mode & 8) == 0 ? new String(input, 1, input.length - 1, StandardCharsets.UTF_8)
                : utf16le(input);
        assertThat(PageInvariants.checkForFuzzing(text, profile, "Fuzz", variants)).isEmpty();
    }

    /** Decoded by hand: unpaired surrogates must survive, as they would in a Java String from an embedder. */
    private static String utf16le(byte[] b) {
        char[] c = new char[(b.length - 1) / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) ((b[1 + 2 * i] & 0xFF) | (b[2 + 2 * i] & 0xFF) << 8);
        }
        return new String(c);
    }
}
