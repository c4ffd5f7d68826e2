package org.wikirefine.internal.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the sectioned fixture format ({@code !! test} … {@code !! end}); text after {@code !! end} is ignored. */
record FixtureFile(Path file, List<Case> cases) {

    record Case(String title, Map<String, String> options, Map<String, String> sections) {
        String option(String key, String dflt) {
            return options.getOrDefault(key, dflt);
        }
    }

    static FixtureFile read(Path file) throws IOException {
        List<Case> cases = new ArrayList<>();
        Map<String, String> sections = null;
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("!! ")) {
                String name = line.substring(3).trim();
                if (sections != null && current != null) {
                    sections.put(current, strip(body));
                }
                body.setLength(0);
                if (name.equals("test")) {
                    sections = new LinkedHashMap<>();
                    current = "title";
                } else if (name.equals("end")) {
                    if (sections != null) {
                        cases.add(toCase(sections));
                    }
                    sections = null;
                    current = null;
                } else {
                    current = name;
                }
            } else if (sections != null) {
                body.append(line).append('\n');
            }
        }
        return new FixtureFile(file, cases);
    }

    private static String strip(StringBuilder body) {
        String s = body.toString();
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static Case toCase(Map<String, String> sections) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String tok : sections.getOrDefault("options", "").trim().split("\\s+")) {
            int eq = tok.indexOf('=');
            if (eq > 0) {
                options.put(tok.substring(0, eq), tok.substring(eq + 1));
            }
        }
        return new Case(sections.getOrDefault("title", "").trim(), options, sections);
    }
}
