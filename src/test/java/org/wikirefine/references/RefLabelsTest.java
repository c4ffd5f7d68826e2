package org.wikirefine.references;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wikirefine.internal.reference.RefLabels;
import org.wikirefine.internal.reference.RefNames;

/** Marker labels and name normalisation (see docs/references.md for the sources). */
class RefLabelsTest {

    @Test
    void defaultAndNamedGroups() {
        assertThat(RefLabels.label("", 12)).isEqualTo("12");
        assertThat(RefLabels.label("注", 1)).isEqualTo("注 1");
        assertThat(RefLabels.label("note", 3)).isEqualTo("note 3");
    }

    @Test
    void reservedListStyleGroups() {
        // Help:Cite link labels (en.wikipedia): a b c …, i ii iii …, α β γ … (no final sigma).
        assertThat(RefLabels.label("decimal", 7)).isEqualTo("7");
        assertThat(RefLabels.label("lower-alpha", 1)).isEqualTo("a");
        assertThat(RefLabels.label("lower-alpha", 26)).isEqualTo("z");
        assertThat(RefLabels.label("lower-alpha", 27)).isEqualTo("aa");
        assertThat(RefLabels.label("upper-alpha", 2)).isEqualTo("B");
        assertThat(RefLabels.label("lower-roman", 4)).isEqualTo("iv");
        assertThat(RefLabels.label("upper-roman", 9)).isEqualTo("IX");
        assertThat(RefLabels.label("lower-greek", 17)).isEqualTo("ρ");
        assertThat(RefLabels.label("lower-greek", 18)).isEqualTo("σ");
        assertThat(RefLabels.label("lower-greek", 24)).isEqualTo("ω");
    }

    @Test
    void namesAreNormalisedAsSanitizerDecodesAttributes() {
        assertThat(RefNames.name("  a \n\t b ")).isEqualTo("a b");
        assertThat(RefNames.name("a\u2028b")).isEqualTo("a\u2028b");
        assertThat(RefNames.name("   ")).isNull();
        assertThat(RefNames.group(null)).isEmpty();
        assertThat(RefNames.isInteger("0")).isTrue();
        assertThat(RefNames.isInteger("1a")).isFalse();
        assertThat(RefNames.isInteger("١")).isFalse(); // ctype_digit: ASCII digits only
    }
}
