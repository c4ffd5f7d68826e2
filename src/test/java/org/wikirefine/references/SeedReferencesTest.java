package org.wikirefine.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.wikirefine.Article;
import org.wikirefine.Diagnostic;
import org.wikirefine.Format;
import org.wikirefine.Reference;
import org.wikirefine.Variant;
import org.wikirefine.WikiRefine;

/**
 * The seed page's reference list against the MediaWiki oracle's ({@code fixtures/references/oracle/阿勒颇战役.zh.tsv},
 * written by {@code src/tools/oracle_refs.py} from the oracle's rendering; see {@code docs/references.md}).
 * <p>
 * What it checks: the reference markers in document order (all 53 once the infobox has a rule; the 40 of the
 * body, the infobox's 13 dropped with it, until then); the number of entries, their order and numbering (1…52 in one list), each entry's name and
 * number of uses (so the named ref 解放, used before its definition, is entry 16 with 2 uses), and the exact text of
 * every entry whose source is plain wikitext (no template). It does not check the text of entries made by
 * templates (cite web, webarchive, dead link …): until citation rules exist those render empty, which must then be
 * reported as {@code REF_CONTENT_DROPPED} (never a silent empty entry); once they exist, any non-empty text passes
 * here, since the oracle only has simplified stand-ins for those templates.
 */
class SeedReferencesTest {

    private static final Path PAGE = Path.of("fixtures", "pages", "zh", "阿勒颇战役.wikitext");
    private static final Path ORACLE = Path.of("fixtures", "references", "oracle", "阿勒颇战役.zh.tsv");

    record Expected(int number, String name, int uses, boolean template, String text) {
    }

    @Test
    void markersMatchTheOracle() throws IOException {
        List<String> oracle = oracleMarkers();
        Article a = WikiRefine.parse(Files.readString(PAGE, StandardCharsets.UTF_8), "阿勒颇战役");
        List<String> ours = new ArrayList<>();
        collectRefs(new ObjectMapper().readTree(a.render(Variant.ZH, Format.JSON)), ours);
        assertThat(oracle).hasSize(53);
        boolean infoboxHandled = a.templates().stream()
                .anyMatch(c -> c.name().equalsIgnoreCase("Infobox military conflict") && c.handled());
        if (infoboxHandled) {
            assertThat(ours).isEqualTo(oracle);
        } else {
            // Without a rule the infobox is dropped with its 13 markers (its refs keep their numbers 1-13, see
            // REF_IN_UNKNOWN_TEMPLATE); every marker of the body must then be the oracle's, in order.
            assertThat(ours).hasSize(40);
            assertThat(oracle.subList(0, 13)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
                    "11", "12", "13");
            assertThat(ours).isEqualTo(oracle.subList(13, oracle.size()));
        }
    }

    @Test
    void everyReferenceKeepsTheUrlItsSourceGives() throws IOException {
        // All 52 entries of the seed page cite a URL, most as [http://… label], the others through cite templates.
        Article a = WikiRefine.parse(Files.readString(PAGE, StandardCharsets.UTF_8), "阿勒颇战役");
        List<Reference> refs = a.references(Variant.ZH);
        assertThat(refs).hasSize(52);
        assertThat(refs).allSatisfy(r -> assertThat(r.url()).startsWith("http"));
        JsonNode json = new ObjectMapper().readTree(a.render(Variant.ZH, Format.JSON));
        json.get("references").forEach(r -> assertThat(r.has("url")).isTrue());
    }

    /** Marker labels of the JSON rendering in document order: infobox fields, then the body's blocks. */
    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(f -> {
                if (f.getKey().equals("refs") && f.getValue().isArray()) {
                    f.getValue().forEach(v -> out.add(v.asText()));
                } else if (!f.getKey().equals("references")) {
                    collectRefs(f.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(v -> collectRefs(v, out));
        }
    }

    private static List<String> oracleMarkers() throws IOException {
        for (String line : Files.readAllLines(ORACLE, StandardCharsets.UTF_8)) {
            if (line.startsWith("markers\t")) {
                return List.of(line.substring(8).trim().split(" "));
            }
        }
        throw new IllegalStateException("no markers line in " + ORACLE);
    }

    @Test
    void referenceListMatchesTheOracle() throws IOException {
        List<Expected> expected = oracle();
        Article a = WikiRefine.parse(Files.readString(PAGE, StandardCharsets.UTF_8), "阿勒颇战役");
        List<Reference> refs = a.references(Variant.ZH);

        assertThat(expected).hasSize(52);
        assertThat(refs).as("entries").hasSize(expected.size());
        int empty = 0;
        int plainChecked = 0;
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Reference r = refs.get(i);
            String at = "entry " + e.number();
            assertThat(r.number()).as(at + " number").isEqualTo(e.number());
            assertThat(r.group()).as(at + " group").isEmpty();
            assertThat(r.list()).as(at + " list").isZero();
            assertThat(r.name()).as(at + " name").isEqualTo(e.name());
            assertThat(r.uses()).as(at + " uses").isEqualTo(e.uses());
            if (!e.template()) {
                assertThat(normalize(r.text())).as(at + " text").isEqualTo(normalize(e.text()));
                plainChecked++;
            } else if (r.text().isBlank()) {
                empty++;
            }
        }
        assertThat(plainChecked).isEqualTo(31);
        long dropped = a.diagnostics().stream().map(Diagnostic::code).filter("REF_CONTENT_DROPPED"::equals).count();
        assertThat(dropped).as("every empty entry is reported").isEqualTo(empty);

        Reference liberation = refs.get(15);
        assertThat(liberation.name()).isEqualTo("解放");
        assertThat(liberation.uses()).isEqualTo(2);
        assertThat(refs).noneMatch(r -> r.text().isBlank() && !expected.get(r.number() - 1).template());
    }

    /** MediaWiki writes a no-break space before ':' and similar punctuation (French spacing); we write a space. */
    private static String normalize(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }

    private static List<Expected> oracle() throws IOException {
        List<Expected> out = new ArrayList<>();
        for (String line : Files.readAllLines(ORACLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("markers\t")) {
                continue;
            }
            String[] f = line.split("\t", 5);
            out.add(new Expected(Integer.parseInt(f[0]), f[1].equals("-") ? null : f[1], Integer.parseInt(f[2]),
                    f[3].equals("template"), f.length > 4 ? f[4] : ""));
        }
        return out;
    }
}
