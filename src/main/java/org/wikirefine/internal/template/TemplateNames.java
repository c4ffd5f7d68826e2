package org.wikirefine.internal.template;

import java.util.Locale;
import java.util.Set;

/**
 * Template name normalisation as MediaWiki does it: surrounding space trimmed, {@code _} as space, runs of space
 * collapsed, a template-namespace prefix removed, and the first letter upper-cased (titles are first-letter
 * case-insensitive).
 */
public final class TemplateNames {

    /** Template namespace names and aliases across the wikis we support (lower-cased for matching). */
    private static final Set<String> TEMPLATE_PREFIXES = Set.of(
            "template", "模板", "样板", "樣板", "vorlage", "modèle", "plantilla", "predefinição", "шаблон", "テンプレート", "틀");

    private TemplateNames() {
    }

    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = org.wikirefine.internal.Whitespace.collapse(raw.replace('_', ' '));
        int colon = s.indexOf(':');
        if (colon > 0) {
            String prefix = s.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (TEMPLATE_PREFIXES.contains(prefix)) {
                s = s.substring(colon + 1).trim();
            }
        }
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        int upper = Character.toUpperCase(first);
        if (upper != first) {
            s = new String(Character.toChars(upper)) + s.substring(Character.charCount(first));
        }
        return s;
    }
}
