package org.wikirefine.internal.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bracket scans shared by the template scanner, the conversion-group reader and the infobox handler. */
class WikitextScanTest {

    @Test
    void templateEndCountsNestedCalls() {
        assertThat(WikitextScan.templateEnd("x{{a|{{b}}|c}}y", 1)).isEqualTo(14);
        assertThat(WikitextScan.templateEnd("{{a|{{b}}", 0)).isEqualTo(-1);
    }

    @Test
    void linkEndCountsNestedLinks() {
        String caption = "[[File:A.png|thumb|a [[b]] c]]";
        assertThat(WikitextScan.linkEnd(caption, 0)).isEqualTo(caption.length());
        assertThat(WikitextScan.linkEnd("[[a]] [[b", 6)).isEqualTo(-1);
    }

    @Test
    void singleCallIsOneCallToTheEnd() {
        assertThat(WikitextScan.isSingleCall("{{Infobox|a={{b}}}}")).isTrue();
        assertThat(WikitextScan.isSingleCall("{{a}} {{b}}")).isFalse();
        assertThat(WikitextScan.isSingleCall("text {{a}}")).isFalse();
    }

    @Test
    void splitsOnlyAtTopLevelBars() {
        assertThat(WikitextScan.splitTopLevel("a|b{{c|d}}|[[e|f]]|", false))
                .containsExactly("a", "b{{c|d}}", "[[e|f]]", "");
    }

    @Test
    void conversionMarkupIsABracketPairOnlyWhenAsked() {
        // MediaWiki's preprocessor treats -{ }- as a bracket pair: its bar does not split arguments.
        assertThat(WikitextScan.splitTopLevel("x|-{a|b}-|y", true)).containsExactly("x", "-{a|b}-", "y");
        assertThat(WikitextScan.splitTopLevel("x|-{a|b}-|y", false)).containsExactly("x", "-{a", "b}-", "y");
    }

    @Test
    void aStrayCloserDoesNotHideLaterBars() {
        assertThat(WikitextScan.splitTopLevel("a]]|b}}|c", false)).containsExactly("a]]", "b}}", "c");
    }
}
