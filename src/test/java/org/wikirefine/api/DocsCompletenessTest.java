package org.wikirefine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.wikirefine.Format;
import org.wikirefine.Page;
import org.wikirefine.Variant;
import org.wikirefine.WikiRefiner;
import org.wikirefine.internal.render.JsonFields;

/** docs/formats.md documents every diagnostic code the code can emit and every JSON field. */
class DocsCompletenessTest {

    private static final Path FORMATS = Path.of("docs/formats.md");
    /** How the code reports a diagnostic: {@code diagnostic("X", …)}, {@code new Diagnostic("X", …)}, … */
    private static final Pattern EMITTED = Pattern.compile("(?:diagnostic|Diagnostic|report|fallback)\\(\\s*\"([A-Z][A-Z0-9_]+)\"");

    @Test
    void everyDiagnosticCodeIsDocumented() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = EMITTED.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).as("codes found in the sources").contains("UNKNOWN_TEMPLATE", "REF_UNDEFINED", "PARSE_TIMEOUT");
        String docs = Files.readString(FORMATS, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (String c : codes) {
            if (!docs.contains("`" + c + "`")) {
                missing.add(c);
            }
        }
        assertThat(missing).as("diagnostic codes missing from docs/formats.md").isEmpty();
    }

    @Test
    void everyJsonFieldIsListedAndDocumented() throws IOException {
        Page page = new Page(1, 0, "T", null, 2, "2024-01-01T00:00:00Z", null,
                "{{Short description|d}}{{Infobox x|a=b}}[[File:F.jpg|thumb|c]]{{coord|1|2}} [[L]] [http://e.org e]"
                        + "<ref>r</ref>{{unknown}}\n== H ==\nx\n[[Category:C]]");
        JsonNode json = new ObjectMapper().readTree(WikiRefiner.builder().build().parse(page).render(Variant.ZH, Format.JSON));
        List<String> written = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            written.add(it.next());
        }
        assertThat(JsonFields.ALL).as("JsonFields.ALL lists what the writer writes").containsAll(written);
        assertThat(written).as("a rich page shows nearly every field").hasSizeGreaterThanOrEqualTo(JsonFields.ALL.size() - 2);
        String docs = Files.readString(FORMATS, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (String f : JsonFields.ALL) {
            if (!docs.contains("| `" + f + "`") && !docs.contains(", `" + f + "`")) {
                missing.add(f);
            }
        }
        assertThat(missing).as("JSON fields missing from the table in docs/formats.md").isEmpty();
    }
}
