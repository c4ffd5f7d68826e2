package org.wikirefine.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class StrayTagsTest {

    private static final Predicate<String> EXT = Set.of("nowiki", "pre", "ref", "math", "noinclude")::contains;

    @Test
    void anUnclosedOpenerBecomesText() {
        assertThat(StrayTags.neutralize("a <nowiki> b [[c]]", EXT)).isEqualTo("a &lt;nowiki> b [[c]]");
        assertThat(StrayTags.neutralize("a <Math display=block> b", EXT)).isEqualTo("a &lt;Math display=block> b");
    }

    @Test
    void closedSelfClosedAndUnknownTagsStay() {
        String text = "<nowiki>[[x]]</NOWIKI > <ref name=a/> <b>bold <span> <noinclude>x";
        assertThat(StrayTags.neutralize(text, EXT)).isSameAs(text);
    }

    @Test
    void aBodyIsOpaqueAndTheFirstCloserWins() {
        // The second <nowiki> is inside the first one's body; the last one has no closer left.
        assertThat(StrayTags.neutralize("<nowiki>a<nowiki>b</nowiki> c <nowiki>d", EXT))
                .isEqualTo("<nowiki>a<nowiki>b</nowiki> c &lt;nowiki>d");
    }

    @Test
    void anUnclosedPreOpenerIsDroppedAsMediaWikisSanitizerKeepsItAsHtml() {
        assertThat(StrayTags.neutralize("Stray <pre> opener", EXT)).isEqualTo("Stray  opener");
    }

    @Test
    void commentsHideTags() {
        String text = "<!-- <nowiki> --> x";
        assertThat(StrayTags.neutralize(text, EXT)).isSameAs(text);
    }

    @Test
    void aRunOfStrayOpenersIsLinear() {
        String text = "<ref>x".repeat(200_000);
        assertThat(StrayTags.neutralize(text, EXT)).startsWith("&lt;ref>x&lt;ref>x").hasSize(text.length() + 3 * 200_000);
    }
}
