package org.wikirefine.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.wikirefine.Article;
import org.wikirefine.Diagnostic;
import org.wikirefine.Format;
import org.wikirefine.Reference;
import org.wikirefine.Variant;
import org.wikirefine.WikiRefine;
import org.wikirefine.internal.reference.RefLabels;

/**
 * Runs the Cite extension's own parser tests ({@code fixtures/conformance/cite/citeParserTests.txt}) through the
 * public API and compares what can be compared as text against the legacy parser's expected HTML:
 * <ol>
 * <li>the labels of the reference markers in the body, in order ({@code [1]}, {@code [g 1]} …);</li>
 * <li>the reference lists in order: each list's group and its entries (label and text). Entries that Cite renders
 * only as an error (no text once the error message is removed: an undefined named ref) or that no marker points
 * to (an unused or nameless list-defined ref) are expected to be absent: we report them as diagnostics instead of
 * listing them;</li>
 * <li>errors: every Cite error message maps to one of our {@code REF_*} codes, which we must report; and we must not
 * report a mapped code Cite does not show.</li>
 * </ol>
 * Tests without a legacy-parser expectation (Parsoid-only) or for another content language are skipped and counted.
 * Every other test must pass or be listed in {@code known-failures.txt} ({@code name -- category: reason}); a listed
 * test that passes fails the run so that its entry gets removed.
 */
class CiteConformanceTest {

    static final Path DIR = Path.of("fixtures", "conformance", "cite");

    /** Cite error message (a distinctive part) to our diagnostic code; {@code null}: not modelled, ignored. */
    static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("refs with no name must have content", "REF_EMPTY");
        ERRORS.put("tag is malformed or has a bad name", "REF_EMPTY");
        ERRORS.put("no text was provided for refs named", "REF_UNDEFINED");
        ERRORS.put("defined multiple times with different content", "REF_CONFLICT");
        ERRORS.put("name cannot be a simple integer", "REF_NUMERIC_NAME");
        ERRORS.put("cannot be named individually", "REF_FOLLOW_CONFLICT");
        ERRORS.put("Invalid parameter", "REF_BAD_ATTRIBUTE");
        ERRORS.put("is not used in prior text", "REF_LIST_DEFINED_UNUSED");
        ERRORS.put("has no name attribute", "REF_LIST_DEFINED_NO_NAME");
        ERRORS.put("has conflicting group attribute", "REF_LIST_DEFINED_GROUP_CONFLICT");
        ERRORS.put("> group \"", "REF_LIST_DEFINED_EMPTY"); // "… defined in <references> group "g" has no content"
        ERRORS.put("but no corresponding <references", "REF_GROUP_NOT_LISTED");
        // dir= is presentation (text direction of the entry); we do not model it.
        ERRORS.put("conflicting dir attribute", null);
        ERRORS.put("Invalid dir=", null);
    }

    static final Set<String> MAPPED = new TreeSet<>();

    static {
        for (String c : ERRORS.values()) {
            if (c != null) {
                MAPPED.add(c);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void citeParserTests() throws IOException {
        List<ParserTestFile.Test> tests = ParserTestFile.read(DIR.resolve("citeParserTests.txt"));
        Map<String, String> known = knownFailures(DIR.resolve("known-failures.txt"));
        Map<String, List<String>> skipped = new TreeMap<>();
        Map<String, List<String>> knownByCategory = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        int compared = 0;
        int withRefs = 0;
        int passed = 0;
        Set<String> seen = new TreeSet<>();
        for (ParserTestFile.Test t : tests) {
            seen.add(t.name());
            String skip = skipReason(t);
            if (skip != null) {
                skipped.computeIfAbsent(skip, k -> new ArrayList<>()).add(t.name());
                continue;
            }
            compared++;
            CiteHtml.Parsed exp = CiteHtml.parse(t.phpHtml());
            if (!exp.bodyLabels().isEmpty() || !expectedLists(exp).isEmpty()) {
                withRefs++;
            }
            String problem;
            try {
                problem = compare(t);
            } catch (RuntimeException e) {
                problem = "exception: " + e;
            }
            String reason = known.get(t.name());
            if (problem == null) {
                passed++;
                if (reason != null) {
                    nowPassing.add(t.name());
                }
            } else if (reason != null) {
                String category = reason.contains(":") ? reason.substring(0, reason.indexOf(':')) : reason;
                knownByCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(t.name());
            } else {
                unexpected.add("line " + t.line() + " '" + t.name() + "': " + problem);
            }
        }
        List<String> stale = new ArrayList<>();
        for (String k : known.keySet()) {
            if (!seen.contains(k)) {
                stale.add(k);
            }
        }
        StringBuilder report = new StringBuilder("Cite conformance: ").append(tests.size()).append(" tests; ");
        int skippedCount = skipped.values().stream().mapToInt(List::size).sum();
        report.append(skippedCount).append(" skipped, ").append(compared).append(" compared (").append(withRefs)
                .append(" expecting markers or entries), ").append(passed)
                .append(" passed, ").append(compared - passed).append(" failed (")
                .append(knownByCategory.values().stream().mapToInt(List::size).sum()).append(" known)\n");
        skipped.forEach((r, names) -> report.append("  skipped: ").append(r).append(": ").append(names.size()).append('\n'));
        knownByCategory.forEach((r, names) -> report.append("  known failure: ").append(r).append(": ")
                .append(names.size()).append('\n'));
        System.out.println(report);
        // Guards against a vacuous run (an extractor that finds nothing would let everything "pass").
        if (withRefs < 100) {
            fail("only " + withRefs + " compared tests expect markers or entries: the extractor is broken\n" + report);
        }
        List<String> errors = new ArrayList<>(unexpected);
        nowPassing.forEach(n -> errors.add("'" + n + "' passes now: remove it from known-failures.txt"));
        stale.forEach(n -> errors.add("known-failures.txt names a test that does not exist: '" + n + "'"));
        if (!errors.isEmpty()) {
            fail(report + String.join("\n", errors));
        }
    }

    /** Why a test cannot be compared at all, or {@code null}. */
    static String skipReason(ParserTestFile.Test t) {
        if (t.phpHtml() == null) {
            return "Parsoid-only (no legacy-parser expectation)";
        }
        String options = t.sections().getOrDefault("options", "");
        if (options.contains("language=") && !options.contains("language=zh")) {
            return "another content language (variant conversion of that language)";
        }
        return null;
    }

    /** The first difference between the expectation and our output, or {@code null} if none. */
    static String compare(ParserTestFile.Test t) throws IOException {
        CiteHtml.Parsed expected = CiteHtml.parse(t.phpHtml());
        Article a = WikiRefine.parse(t.section("wikitext"), "Parser test");
        String json = a.render(Variant.ZH, Format.JSON);
        List<String> ourMarkers = new ArrayList<>();
        collectRefs(JSON.readTree(json).get("sections"), ourMarkers);
        if (!ourMarkers.equals(expected.bodyLabels())) {
            return "markers: expected " + expected.bodyLabels() + " but was " + ourMarkers;
        }
        List<String> exp = expectedLists(expected);
        List<String> ours = ourLists(a);
        if (!matches(exp, ours)) {
            return "lists: expected " + exp + " but was " + ours;
        }
        Set<String> codes = new TreeSet<>();
        for (Diagnostic d : a.diagnostics()) {
            codes.add(d.code());
        }
        Set<String> expectedCodes = new TreeSet<>();
        for (String msg : expected.errors()) {
            String key = ERRORS.keySet().stream().filter(msg::contains).findFirst().orElse(null);
            if (key == null) {
                return "a Cite error we do not map: " + msg;
            }
            if (ERRORS.get(key) != null) {
                expectedCodes.add(ERRORS.get(key));
            }
        }
        Set<String> ourMapped = new TreeSet<>(codes);
        ourMapped.retainAll(MAPPED);
        if (!ourMapped.equals(expectedCodes)) {
            return "diagnostics: Cite shows " + expectedCodes + " but we report " + ourMapped;
        }
        return null;
    }

    /** Expected lists as "group: label. text | …", leaving out lists that end up empty. */
    static List<String> expectedLists(CiteHtml.Parsed p) {
        List<String> out = new ArrayList<>();
        for (CiteHtml.RefList l : p.lists()) {
            if (l.nested()) {
                out.add("(a reference list nested in an entry)");
                continue;
            }
            List<String> items = new ArrayList<>();
            for (CiteHtml.Entry e : l.entries()) {
                if (e.continuation()) {
                    items.add(e.text());
                    continue;
                }
                if (e.id() == null || (e.text().isEmpty() && e.hadError())) {
                    continue; // an error entry: we report a diagnostic instead of listing it
                }
                String label = p.labelOf(e.id());
                items.add((label == null ? "?" : label) + ". " + e.text());
            }
            if (!items.isEmpty()) {
                out.add(l.group() + ": " + String.join(" | ", items));
            }
        }
        return out;
    }

    /**
     * Lists equal, where an expected label {@code ?} (an entry whose marker Cite put into an attribute, such as an
     * image's alt text, so no marker link names it) matches any label.
     */
    static boolean matches(List<String> expected, List<String> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            String[] e = expected.get(i).split(" \\| ", -1);
            String[] a = actual.get(i).split(" \\| ", -1);
            if (e.length != a.length) {
                return false;
            }
            for (int k = 0; k < e.length; k++) {
                String ek = e[k];
                String ak = a[k];
                int colon = k == 0 ? ek.indexOf(": ") : -1;
                if (k == 0) {
                    if (colon < 0 || !ak.startsWith(ek.substring(0, colon + 2))) {
                        return false;
                    }
                    ek = ek.substring(colon + 2);
                    ak = ak.substring(colon + 2);
                }
                if (ek.startsWith("?. ")) {
                    int dot = ak.indexOf(". ");
                    if (dot < 0 || !ak.substring(dot + 2).equals(ek.substring(3))) {
                        return false;
                    }
                } else if (!ek.equals(ak)) {
                    return false;
                }
            }
        }
        return true;
    }

    static List<String> ourLists(Article a) {
        Map<Integer, List<Reference>> byList = new TreeMap<>();
        for (Reference r : a.references(Variant.ZH)) {
            byList.computeIfAbsent(r.list(), k -> new ArrayList<>()).add(r);
        }
        List<String> out = new ArrayList<>();
        for (List<Reference> refs : byList.values()) {
            List<String> items = new ArrayList<>();
            for (Reference r : refs) {
                String text = CiteHtml.collapse(r.text());
                items.add(r.number() == 0 ? text : RefLabels.label(r.group(), r.number()) + ". " + text);
            }
            out.add(refs.get(0).group() + ": " + String.join(" | ", items));
        }
        return out;
    }

    /** Marker labels of every block, in document order. */
    private static void collectRefs(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var f = it.next();
                if ((f.getKey().equals("refs") || f.getKey().equals("caption_refs")) && f.getValue().isArray()) {
                    f.getValue().forEach(v -> out.add(v.asText()));
                } else {
                    collectRefs(f.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(v -> collectRefs(v, out));
        }
    }

    static Map<String, String> knownFailures(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int sep = line.lastIndexOf(" -- ");
            if (sep < 0) {
                throw new IllegalArgumentException("known-failures.txt: no ' -- reason' in: " + line);
            }
            out.put(line.substring(0, sep).trim(), line.substring(sep + 4).trim());
        }
        return out;
    }
}
