package org.wikirefine.internal.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wikirefine.Diagnostic;
import org.wikirefine.ParserEngine;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;

/**
 * Constructs the native engine once declined and now handles itself (their output is asserted against the oracle
 * by the fixtures in {@code fixtures/core/html.txt} and {@code tables.txt}, which Sweble, the fallback, would pass
 * too for most of them): the page must not be handed to Sweble.
 */
class NativeDeclinesTest {

    private static final WikiRefiner NATIVE = WikiRefiner.builder().profile(WikiProfile.ENWIKI)
            .parser(ParserEngine.NATIVE).build();

    @ParameterizedTest
    @ValueSource(strings = {
        "Intro.<blockquote>\nQuoted one.\n\nQuoted two.\n* item\n</blockquote>\nAfter.",
        "<blockquote>Raw one\n\nraw two</blockquote>after",
        "Elements <tt><nowiki><canvas></nowiki></tt> and <code>a [[Link|label]] b</code>.",
        "<div class=\"NavHead\" style=\"{{Some style|X}};\">Head text</div>",
        "List: <ol><li>one</li><li>two</ol> after.",
        "{|\n| a || b\n|}tail text",
        "Before.\n:{|\n| cell\n|}\n:tail",
        "# a<blockquote>quoted\n# c\nafter",
    })
    void handledByTheNativeParser(String wikitext) {
        assertThat(NATIVE.parse(wikitext, "Test").diagnostics()).extracting(Diagnostic::code)
                .doesNotContain("NATIVE_PARSER_DECLINED");
    }
}
