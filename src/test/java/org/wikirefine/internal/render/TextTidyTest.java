package org.wikirefine.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTidyTest {

    @Test
    void leftoverTokensGoAndTheirRemovalMakesNoNewOnes() {
        assertThat(TextTidy.withoutLeftoverMarkup("a [[b c}} d -{e }- {| |}")).isEqualTo("a b c d e   ");
        // Found by fuzzing: removing "[[" from "-[[{" used to join "-" and "{" into a new "-{"; "[]][" gave "[[".
        assertThat(TextTidy.withoutLeftoverMarkup("x-[[{y")).isEqualTo("xy");
        assertThat(TextTidy.withoutLeftoverMarkup("[]][T")).isEqualTo("T");
        assertThat(TextTidy.withoutLeftoverMarkup("{{{a}}}")).isEqualTo("{a}");
        assertThat(TextTidy.withoutLeftoverMarkup("[a] {b} -c- |d|")).isEqualTo("[a] {b} -c- |d|");
    }
}
