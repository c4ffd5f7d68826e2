package org.wikirefine.internal.template;

/**
 * A template rule file is wrong: thrown when the refiner is built, never while pages are parsed. The message names
 * the file, the entry and the reason so that a contributor can fix the YAML without reading Java.
 */
public class TemplateRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String entry;

    public TemplateRuleException(String file, String entry, String reason) {
        super(file + (entry == null ? "" : ": entry '" + entry + "'") + ": " + reason);
        this.file = file;
        this.entry = entry;
    }

    /** The rule file (path, or {@code builtin:<name>.yaml}). */
    public String file() {
        return file;
    }

    /** The entry's name, or {@code null} when the file itself is wrong. */
    public String entry() {
        return entry;
    }
}
