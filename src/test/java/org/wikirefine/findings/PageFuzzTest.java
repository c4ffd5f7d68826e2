package org.wikirefine.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.wikirefine.ParserEngine;
import org.wikirefine.Variant;
import org.wikirefine.WikiProfile;
import org.wikirefine.fixtures.FuzzInput;

/**
 * Jazzer fuzz target for the whole page pipeline: parse once, then every format of a few variants under the output
 * invariants ({@link PageInvariants}); an exception is a finding too. The first byte picks the profile, the
 * variants, the decoding (UTF-8, or UTF-16LE so that lone surrogates reach the Java API as an embedder can pass
 * them) and the parser engine (bit 4: native, the default to be, or Sweble, the reference and fallback); the rest
 * is the page. Under {@code mvn verify} (regression mode) it replays the inputs under
 * {@code src/test/resources/org/wikirefine/findings/PageFuzzTestInputs/wholePage/}; {@code src/bench/fuzz.sh}
 * fuzzes for real, seeded from {@code fixtures/findings/} (docs/fuzzing.md).
 */
class PageFuzzTest {

    private static final List<List<Variant>> VARIANT_SETS = List.of(
            List.of(Variant.ZH, Variant.ZH_HANS, Variant.ZH_TW),
            List.of(Variant.ZH_HANT, Variant.ZH_CN, Variant.ZH_HK),
            List.of(Variant.ZH_SG, Variant.ZH_MO, Variant.ZH_MY),
            List.of(Variant.ZH_HANS));

    /** Mode bit choosing the engine: clear for native, set for Sweble. */
    static final int SWEBLE_BIT = 0x10;

    @FuzzTest(maxDuration = "10m")
    void wholePage(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int mode = input[0] & 0xFF;
        ParserEngine engine = (mode & SWEBLE_BIT) == 0 ? ParserEngine.NATIVE : ParserEngine.SWEBLE;
        WikiProfile profile = (mode & 1) == 0 ? WikiProfile.ZHWIKI : WikiProfile.ENWIKI;
        List<Variant> variants = VARIANT_SETS.get((mode >> 1) & 3);
        String text = FuzzInput.text(input);
        assertThat(PageInvariants.checkForFuzzing(text, profile, engine, "Fuzz", variants)).isEmpty();
    }
}
