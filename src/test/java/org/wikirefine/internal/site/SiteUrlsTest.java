package org.wikirefine.internal.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a citation's URL ends: the hrefs MediaWiki 1.39 (oracle) gave for {@code [URL t]} with these URLs, and
 * CS1's bracket encoding read from Module:Citation/CS1 {@code external_link} (docs/references.md).
 */
class SiteUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '¦', value = {
        "http://example.com/a b title ¦ http://example.com/a ¦ ' b title'",
        "http://example.com/a<b>c</b> ¦ http://example.com/a ¦ <b>c</b>",
        "http://example.com/a\"q ¦ http://example.com/a ¦ \"q",
        "http://example.com/a&lt;b ¦ http://example.com/a ¦ &lt;b",
        "http://example.com/a>b ¦ http://example.com/a ¦ >b",
        "http://example.com/a\u3000ideo ¦ http://example.com/a ¦ \u3000ideo",
        "http://example.com/a]b ¦ http://example.com/a%5db ¦ ''",
        "http://example.com/a|b ¦ http://example.com/a|b ¦ ''",
        "http://example.com/a{b}c ¦ http://example.com/a{b}c ¦ ''",
        "http://example.com/a&nbsp;b ¦ http://example.com/a&nbsp;b ¦ ''",
    })
    void theUrlEndsWhereMediaWikisLinkEndsIt(String value, String url, String rest) {
        SiteUrls.LinkTarget target = SiteUrls.citationLinkTarget(value.strip());
        assertThat(target.url()).isEqualTo(url.strip());
        assertThat(target.rest()).isEqualTo(rest.isEmpty() ? "" : rest);
    }

    @Test
    void bracketsInThePathAreEncodedAsCs1DoesBeforeTheLinkIsFound() {
        assertThat(SiteUrls.citationLinkTarget("http://example.com/a[[x]]").url())
                .isEqualTo("http://example.com/a%5b%5bx%5d%5d");
        assertThat(SiteUrls.citationLinkTarget("//example.com/p?q=[1]").url()).isEqualTo("//example.com/p?q=%5b1%5d");
        // CS1's pattern backtracks to the "//" after the scheme, so a value with a scheme always has a "path"
        assertThat(SiteUrls.citationLinkTarget("http://example.com[x]").url()).isEqualTo("http://example.com%5bx%5d");
        // no "/", "?" or "#" after a domain character: CS1 leaves the value alone, MediaWiki's link ends at "["
        assertThat(SiteUrls.citationLinkTarget("example.com[x]").url()).isEqualTo("example.com");
    }

    @Test
    void aNewlineOrAControlCharacterEndsTheUrl() {
        assertThat(SiteUrls.citationLinkTarget("http://example.com/a\n[[B|c]] d").rest()).isEqualTo("\n%5b%5bB|c%5d%5d d");
        assertThat(SiteUrls.citationLinkTarget("http://example.com/a\u0001b").url()).isEqualTo("http://example.com/a");
        assertThat(SiteUrls.citationLinkTarget("http://example.com/a\uFFFDb").url()).isEqualTo("http://example.com/a");
    }

    @Test
    void aSchemeAloneIsNoLink() {
        assertThat(SiteUrls.citationLinkTarget("http:// x").url()).isEmpty();
        assertThat(SiteUrls.citationLinkTarget("http://\uFFFD\uFFFD態系統").url()).isEmpty();
        assertThat(SiteUrls.citationLinkTarget("mailto:").url()).isEmpty();
        assertThat(SiteUrls.citationLinkTarget("// x").url()).isEmpty();
    }
}
