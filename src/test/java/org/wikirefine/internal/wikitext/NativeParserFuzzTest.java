package org.wikirefine.internal.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.wikirefine.WikiProfile;
import org.wikirefine.fixtures.FuzzInput;
import org.wikirefine.internal.article.ProfileSyntax;

/**
 * Jazzer fuzz target for the native parser alone ({@link WikitextParser}), under {@link NativeParserInvariants}.
 * The first byte picks the profile (bit 0: zhwiki or enwiki) and the decoding (bit 3: UTF-8, or UTF-16LE so that
 * lone surrogates get in), as in {@code PageFuzzTest}, so the same seeds serve both targets; the rest is the text.
 * Under {@code mvn verify} it replays {@code NativeParserFuzzTestInputs/nativeParser/} (regression mode, no Jazzer
 * agent needed); {@code src/bench/fuzz.sh native} fuzzes it for real (docs/fuzzing.md).
 */
class NativeParserFuzzTest {

    private static final SiteSyntax ZH = new ProfileSyntax(WikiProfile.ZHWIKI);
    private static final SiteSyntax EN = new ProfileSyntax(WikiProfile.ENWIKI);

    @FuzzTest(maxDuration = "10m")
    void nativeParser(byte[] input) {
        if (input.length == 0) {
            return;
        }
        assertThat(NativeParserInvariants.check(FuzzInput.text(input), (input[0] & 1) == 0 ? ZH : EN)).isEmpty();
    }
}
