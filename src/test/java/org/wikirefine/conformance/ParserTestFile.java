package org.wikirefine.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads MediaWiki's parser-test files ({@code !! test} … {@code !! end} blocks with {@code !! options},
 * {@code !! config}, {@code !! wikitext}, {@code !! html/php}, {@code !! html/parsoid} … sections). Only {@code !! name}
 * at the start of a line is a delimiter. {@code !! article}/{@code !! hooks} blocks and file-level
 * {@code !! options} blocks are skipped: they are not tests.
 */
final class ParserTestFile {

    /** One test: its name, the line it starts on, and its sections by header (without the final newline). */
    record Test(String name, int line, Map<String, String> sections) {
        String section(String key) {
            return sections.get(key);
        }

        /** The legacy parser's expected HTML ({@code html/php}, or {@code html} when shared), or {@code null}. */
        String phpHtml() {
            String h = sections.get("html/php");
            return h != null ? h : sections.get("html");
        }
    }

    private ParserTestFile() {
    }

    static List<Test> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Test> tests = new ArrayList<>();
        Map<String, StringBuilder> sections = null;
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("!! ")) {
                String header = line.substring(3).trim();
                if (header.equals("test")) {
                    sections = new LinkedHashMap<>();
                    start = i + 1;
                    current = new StringBuilder();
                    sections.put("test", current);
                } else if (header.equals("end")) {
                    if (sections != null) {
                        Map<String, String> done = new LinkedHashMap<>();
                        sections.forEach((k, v) -> done.put(k, strip(v)));
                        tests.add(new Test(done.get("test").trim(), start, done));
                    }
                    sections = null;
                    current = null;
                } else if (sections != null) {
                    current = new StringBuilder();
                    sections.put(header, current);
                } else {
                    current = null; // article, hooks, file options: not tests
                }
                continue;
            }
            if (sections != null && current != null) {
                current.append(line).append('\n');
            }
        }
        return tests;
    }

    private static String strip(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '\n') {
            end--;
        }
        return sb.substring(0, end);
    }
}
