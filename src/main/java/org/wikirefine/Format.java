package org.wikirefine;

import java.util.Locale;
import java.util.Optional;

/** The output formats of an {@link Article}; all are rendered from the same article model. */
public enum Format {
    /** Prose for corpora: paragraphs separated by a blank line, headings on their own lines. */
    TEXT,
    /** {@code = Title =}, an {@code Infobox} block of {@code - key: value}, sections, then the numbered references. */
    STRUCTURED,
    /** YAML front matter and a Markdown body with GFM tables and footnotes. */
    MARKDOWN,
    /** One JSON object per page; the schema is documented in {@code docs/json-schema.md}. */
    JSON;

    /**
     * Parses a format name case-insensitively: {@code text}, {@code structured}, {@code markdown}, {@code json}, or
     * the file-extension names {@code txt}, {@code md}, {@code jsonl}.
     *
     * @param name the name, e.g. {@code markdown}
     * @return the format, or empty for an unknown name
     */
    public static Optional<Format> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "txt": return Optional.of(TEXT);
            case "md": return Optional.of(MARKDOWN);
            case "jsonl": return Optional.of(JSON);
            default: break;
        }
        try {
            return Optional.of(valueOf(n.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
