package org.wikirefine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.wikirefine.Article;
import org.wikirefine.Format;
import org.wikirefine.Reference;
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
}
