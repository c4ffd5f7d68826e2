package org.wikirefine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.wikirefine.Article;
import org.wikirefine.Coordinates;
import org.wikirefine.Diagnostic;
import org.wikirefine.TemplateCall;
import org.wikirefine.Image;
import org.wikirefine.Page;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;
import org.wikirefine.Format;
import org.wikirefine.Reference;
import org.wikirefine.RenderOptions;
import org.wikirefine.Variant;
import org.wikirefine.WikiRefine;

/** Data a page carries besides its text: reference URLs, external links (issue 12 point 3/6). */
class PageDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void referenceKeepsItsUrlWhateverItsForm() throws Exception {
        Article a = WikiRefine.parse("A.<ref>[http://example.org/a Label A]</ref> B.<ref>see http://example.org/b</ref>"
                + " C.<ref>{{cite web|url=http://example.org/c|title=T}}</ref> D.<ref>no link</ref>");
        List<Reference> refs = a.references(Variant.ZH);
        assertThat(refs).extracting(Reference::url).containsExactly("http://example.org/a", "http://example.org/b",
                "http://example.org/c", null);
        JsonNode json = JSON.readTree(a.render(Variant.ZH, Format.JSON));
        assertThat(json.get("references").get(0).get("url").asText()).isEqualTo("http://example.org/a");
        assertThat(json.get("references").get(3).has("url")).isFalse();
    }

    @Test
    void pageListsItsExternalLinksOnceInDocumentOrder() throws Exception {
        Article a = WikiRefine.parse("See [https://x.org/1 one] and https://x.org/2.<ref>[https://x.org/3 three]</ref>"
                + " Again [https://x.org/1 one].");
        assertThat(a.externalLinks()).containsExactly("https://x.org/1", "https://x.org/2", "https://x.org/3");
        JsonNode json = JSON.readTree(a.render(Variant.ZH, Format.JSON));
        assertThat(json.get("external_links")).extracting(JsonNode::asText)
                .containsExactly("https://x.org/1", "https://x.org/2", "https://x.org/3");
    }

    @Test
    void pageCarriesUrlShortDescriptionCoordinatesAndImages() throws Exception {
        WikiRefiner en = WikiRefiner.builder().profile(WikiProfile.ENWIKI).build();
        Article a = en.parse("{{Short description|City in ''Syria''}}\n[[File:Aleppo citadel.jpg|thumb|The [[citadel]]]]\n"
                + "Aleppo is at {{coord|36|12|N|37|9|E}}.", "Aleppo (city)");
        assertThat(a.url()).contains("https://en.wikipedia.org/wiki/Aleppo_(city)");
        assertThat(a.shortDescription()).contains("City in Syria");
        assertThat(a.coordinates()).hasSize(1);
        assertThat(a.coordinates().get(0).lat()).isCloseTo(36.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.coordinates().get(0).lon()).isCloseTo(37.15, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.images(Variant.ZH)).extracting(Image::caption).containsExactly("The citadel");
        JsonNode json = JSON.readTree(a.render(Variant.ZH, Format.JSON));
        assertThat(json.get("url").asText()).isEqualTo("https://en.wikipedia.org/wiki/Aleppo_(city)");
        assertThat(json.get("short_description").asText()).isEqualTo("City in Syria");
        assertThat(json.get("coordinates").get(0).get("lat").asDouble()).isCloseTo(36.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.get("images").get(0).get("caption").asText()).isEqualTo("The citadel");
    }

    @Test
    void chineseTitlesArePercentEncodedAsMediaWikiDoes() {
        Article a = WikiRefine.parse("正文。");
        Article zh = WikiRefiner.builder().build().parse("正文。", "阿勒颇 战役");
        assertThat(zh.url()).contains("https://zh.wikipedia.org/wiki/%E9%98%BF%E5%8B%92%E9%A2%87_%E6%88%98%E5%BD%B9");
        assertThat(a.url()).as("a page without title has no URL").isEmpty();
    }

    @Test
    void infoboxCoordinatesAreKept() {
        Article a = WikiRefine.parse("{{Infobox settlement|name=X|coordinates={{coord|25.03|121.63|display=inline,title}}}}正文。");
        assertThat(a.coordinates()).extracting(Coordinates::lat).containsExactly(25.03);
    }

    @Test
    void markdownFrontMatterCarriesDumpMetadataAndUrl() {
        Page p = new Page(42, 0, "阿勒颇", null, 7, "2024-01-01T00:00:00Z", null, "正文。");
        String md = WikiRefiner.builder().build().parse(p).render(Variant.ZH, Format.MARKDOWN);
        assertThat(md).contains("id: 42\n", "revision: 7\n", "timestamp: \"2024-01-01T00:00:00Z\"\n",
                "url: \"https://zh.wikipedia.org/wiki/%E9%98%BF%E5%8B%92%E9%A2%87\"\n");
    }

    @Test
    void markdownInternalLinksWhenAsked() {
        WikiRefiner en = WikiRefiner.builder().profile(WikiProfile.ENWIKI).build();
        Article a = en.parse("See [[Aleppo (city)|the city]] and [[Citadel]]s.", "T");
        assertThat(a.render(Variant.ZH, Format.MARKDOWN)).contains("See the city and Citadels.");
        assertThat(a.render(Variant.ZH, Format.MARKDOWN, RenderOptions.defaults().withInternalLinks(true)))
                .contains("See [the city](https://en.wikipedia.org/wiki/Aleppo_%28city%29) and"
                        + " [Citadels](https://en.wikipedia.org/wiki/Citadel).");
        assertThat(a.text(Variant.ZH)).isEqualTo("See the city and Citadels.\n");
    }

    @Test
    void templateCallsAndDiagnosticsCarryTheirOffsetInTheSource() {
        String text = "正文{{未知}}。\n\n{{导航框甲}}\nab<ref name=\"1\">x</ref><ref>{{cite web|title=t|url=http://u}}</ref>\n"
                + ":{|\n| {{表内}}\n|}";
        Article a = WikiRefine.parse(text);
        for (TemplateCall c : a.templates()) {
            if (c.name().equals("Cite web")) {
                assertThat(c.offset()).as("a call inside a ref body is parsed on its own: no page offset").isEqualTo(-1);
            } else {
                assertThat(text.substring(c.offset())).startsWith("{{" + c.name() + "}}");
            }
        }
        assertThat(a.diagnostics()).filteredOn(d -> d.code().equals("REF_NUMERIC_NAME"))
                .allSatisfy(d -> assertThat(text.substring(d.offset())).startsWith("<ref name="));
        assertThat(a.diagnostics()).filteredOn(d -> d.code().equals("UNKNOWN_TEMPLATE")).extracting(Diagnostic::offset)
                .containsExactly(text.indexOf("{{未知}}"), text.indexOf("{{表内}}"));
        assertThat(a.diagnostics()).filteredOn(d -> d.code().equals("BLOCK_TEMPLATE")).extracting(Diagnostic::offset)
                .containsExactly(text.indexOf("{{导航框甲}}"));
    }
}
