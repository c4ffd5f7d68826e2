package org.wikirefine.internal;

import java.util.ArrayList;
import java.util.List;

import org.wikirefine.Diagnostic;
import org.wikirefine.Variant;
import org.wikirefine.internal.convert.ConversionMarks;
import org.wikirefine.internal.convert.ConversionSession;
import org.wikirefine.internal.convert.VariantConverter;

/**
 * Interim converter used until the full LanguageConverter is wired: no character conversion; {@code -{ }-} markup
 * is resolved for display only (hidden rules vanish, {@code variant:text} picks the variant's text or the first,
 * anything else shows its body). Keeps the invariant that no conversion markup reaches output.
 */
final class MarkupOnlyConverter implements VariantConverter {

    @Override
    public ConversionSession open(Variant variant, boolean noContentConvert, boolean noTitleConvert) {
        return new Session(variant);
    }

    private static final class Session implements ConversionSession {
        private final Variant variant;
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        Session(Variant variant) {
            this.variant = variant;
        }

        @Override
        public String convert(String segment) {
            StringBuilder out = new StringBuilder();
            int[] pos = {0};
            resolve(segment, pos, out, 0);
            StringBuilder clean = new StringBuilder(out.length());
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c != ConversionMarks.CODE_START && c != ConversionMarks.CODE_END) {
                    clean.append(c);
                }
            }
            return clean.toString();
        }

        /** Copies text until the end or a closing {@code }-} at depth > 0, resolving nested markup. */
        private void resolve(String s, int[] pos, StringBuilder out, int depth) {
            while (pos[0] < s.length()) {
                if (s.startsWith("-{", pos[0]) && depth < 10) {
                    pos[0] += 2;
                    StringBuilder body = new StringBuilder();
                    resolve(s, pos, body, depth + 1);
                    out.append(display(body.toString()));
                } else if (depth > 0 && s.startsWith("}-", pos[0])) {
                    pos[0] += 2;
                    return;
                } else {
                    out.append(s.charAt(pos[0]++));
                }
            }
        }

        private String display(String body) {
            String flags = "";
            String rules = body;
            int bar = body.indexOf('|');
            if (bar >= 0 && bar < 40 && body.substring(0, bar).matches("[A-Za-z\\-;\\s]*")) {
                flags = body.substring(0, bar).trim();
                rules = body.substring(bar + 1);
            }
            if (flags.contains("H") || flags.contains("T") || flags.equals("-")) {
                return "";
            }
            if (flags.contains("R") || !rules.matches("(?s)\\s*zh(-[a-zA-Z]+)*\\s*:.*")) {
                return rules;
            }
            String first = null;
            for (String part : rules.split(";(?=\\s*zh(-[a-zA-Z]+)*\\s*:)")) {
                int colon = part.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String code = part.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
                String value = part.substring(colon + 1).trim();
                if (value.endsWith(";")) {
                    value = value.substring(0, value.length() - 1);
                }
                if (code.equals(variant.code())) {
                    return value;
                }
                if (first == null) {
                    first = value;
                }
            }
            return first == null ? rules : first;
        }

        @Override
        public String title(String sourceTitle, String displayTitle) {
            return displayTitle != null && !displayTitle.isBlank() ? displayTitle : sourceTitle;
        }

        @Override
        public List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }
}
