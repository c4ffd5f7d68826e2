package org.wikirefine.internal.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.article.ProfileSyntax;

/** The fuzz target's checks can fail: each is shown a tree that breaks it, and a real parse that keeps it. */
class NativeParserInvariantsTest {

    private static final String PAGE = "'''A''' {{T|x=[[L|l]]|{{{1|d}}}}} <ref name=a>r</ref> <!-- c -->\n== H ==\n* i";

    @Test
    void aRealParseKeepsEveryInvariant() {
        assertThat(new WikitextParser(new ProfileSyntax(WikiProfile.ZHWIKI)).parse(PAGE)).isNotEmpty();
        assertThat(NativeParserInvariants.check(PAGE, new ProfileSyntax(WikiProfile.ZHWIKI))).isEmpty();
        assertThat(NativeParserInvariants.checkTopLevel(PAGE, Preprocessor.parse(PAGE))).isEmpty();
    }

    @Test
    void anOffsetOutsideTheInputIsReported() {
        String in = "ab{{x}}";
        List<WikiNode> top = List.of(new WikiNode.Text("ab"), new WikiNode.Template("x", List.of(), in, 2, 9));
        assertThat(NativeParserInvariants.checkTopLevel(in, top)).anyMatch(p -> p.contains("outside"));
    }

    @Test
    void nodesOutOfOrderAreReported() {
        String in = "{{a}}{{b}}";
        List<WikiNode> top = List.of(new WikiNode.Template("b", List.of(), in, 5, 10),
                new WikiNode.Template("a", List.of(), in, 0, 5));
        assertThat(NativeParserInvariants.checkTopLevel(in, top)).isNotEmpty();
    }

    @Test
    void textTheInputDoesNotHoldIsReported() {
        assertThat(NativeParserInvariants.checkTopLevel("abc", List.of(new WikiNode.Text("abd"))))
                .anyMatch(p -> p.contains("does not cover"));
        assertThat(NativeParserInvariants.checkTopLevel("abc", List.of(new WikiNode.Text("ab"))))
                .anyMatch(p -> p.contains("does not cover"));
    }
}
