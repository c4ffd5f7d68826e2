package org.wikirefine.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WikitextGuardTest {

    @Test
    void crossedBracketsBeyondTheLimitGoToTheFallback() {
        for (String unit : new String[] {"{{a|[[b}}]] ", "[[a|{{b]]}} ", "{{a|<ref>b}}</ref> ", "{{a|<ref name=x>b}}</ref> "}) {
            assertThat(WikitextGuard.check(unit.repeat(WikitextGuard.MAX_CROSSED))).as(unit).isEmpty();
            assertThat(WikitextGuard.check(unit.repeat(WikitextGuard.MAX_CROSSED + 1))).as(unit).get(
                    org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("crossed brackets");
        }
    }

    @Test
    void properlyNestedPairsAreNotCrossings() {
        String page = "{{a|[[b]]|<ref>{{c}}</ref>}} [[d|{{e}}]] <ref name=r/> }} ]] </ref> ".repeat(500);
        assertThat(WikitextGuard.check(page)).isEmpty();
    }
}
