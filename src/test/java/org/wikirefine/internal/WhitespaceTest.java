package org.wikirefine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void runsBecomeOneSpaceAndEndsAreTrimmed() {
        assertThat(Whitespace.collapse("  Infobox \t\n person\u00A0 ")).isEqualTo("Infobox person");
        assertThat(Whitespace.collapse("a\r\n\fb\u000Bc")).isEqualTo("a b c");
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        String clean = "Cite web";
        assertThat(Whitespace.collapse(clean)).isSameAs(clean);
        assertThat(Whitespace.collapse("")).isEmpty();
        assertThat(Whitespace.collapse(" ")).isEmpty();
    }

    @Test
    void ideographicSpaceIsTextNotWhitespace() {
        assertThat(Whitespace.collapse("北京\u3000大学 ")).isEqualTo("北京\u3000大学");
    }
}
