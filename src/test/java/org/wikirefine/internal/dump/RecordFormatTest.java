package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Records are strict UTF-8: a lone surrogate is refused, never written as '?'. */
class RecordFormatTest {

    @Test
    void wellFormedTextIsEncodedAsUtf8() throws Exception {
        String s = "plain, 中文, 😀 (a pair), \u00e9";
        assertThat(RecordFormat.strictUtf8(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
        assertThat(RecordFormat.strictUtf8("")).isEmpty();
    }

    @Test
    void everyKindOfLoneSurrogateIsRefused() {
        for (String bad : new String[] {"a\uD83D", "\uD83Db", "a\uDE00b", "\uDE00\uD83D", "x\uD83D\uD83D\uDE00"}) {
            assertThat(RecordFormat.hasLoneSurrogate(bad)).as(bad).isTrue();
            assertThatThrownBy(() -> RecordFormat.strictUtf8(bad)).isInstanceOf(RecordFormat.InvalidOutput.class);
        }
        assertThat(RecordFormat.hasLoneSurrogate("\uD83D\uDE00\uD83D\uDE00")).isFalse();
    }
}
