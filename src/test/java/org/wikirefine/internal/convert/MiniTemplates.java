package org.wikirefine.internal.convert;

import java.util.ArrayList;
import java.util.List;

import org.wikirefine.Diagnostic;
import org.wikirefine.TemplateCall;
import org.wikirefine.internal.model.InfoboxModel;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.model.RefUse;
import org.wikirefine.internal.template.TemplateContext;
import org.wikirefine.internal.template.TemplateNames;

/**
 * Test support: expands {@code {{noteTA|…}}} calls in a string through {@link NoteTaHandler} and a minimal
 * {@link TemplateContext}, splitting parameters as MediaWiki's preprocessor does ({@code |} inside
 * {@code -{ }-}, {@code {{ }}} or {@code [[ ]]} does not split; named values trimmed, positional ones not).
 * Other templates are left as written.
 */
final class MiniTemplates {

    private MiniTemplates() {
    }

    static final class FakeContext implements TemplateContext {
        final StringBuilder out = new StringBuilder();
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final java.util.Set<String> emittedRules = new java.util.HashSet<>();

        @Override
        public java.util.Set<String> emittedRules() {
            return emittedRules;
        }

        @Override
        public List<Inline> parseInline(String wikitext) {
            return List.of(new Inline.Text(wikitext));
        }

        @Override
        public void emit(List<Inline> content) {
            for (Inline i : content) {
                if (i instanceof Inline.Text t) {
                    out.append(t.text());
                } else {
                    throw new IllegalArgumentException("unexpected inline " + i);
                }
            }
        }

        @Override
        public void addInfobox(InfoboxModel infobox) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RefUse cite(String group, String name, String bodyWikitext) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void referenceList(String group, String listDefinedWikitext) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void diagnostic(String code, Diagnostic.Severity severity, String message) {
            diagnostics.add(new Diagnostic(code, severity, -1, message));
        }

        @Override
        public int depth() {
            return 0;
        }
    }

    static String expandNoteTa(String text, NoteTaHandler handler, List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            int close = close(text, open);
            if (close < 0) {
                out.append(text, i, text.length());
                break;
            }
            List<String> parts = split(text.substring(open + 2, close - 2));
            String name = TemplateNames.normalize(parts.get(0));
            if (!name.equals("NoteTA")) {
                out.append(text, i, close);
                i = close;
                continue;
            }
            List<TemplateCall.Parameter> params = new ArrayList<>();
            int pos = 1;
            for (int k = 1; k < parts.size(); k++) {
                String p = parts.get(k);
                int eq = p.indexOf('=');
                if (eq >= 0 && !p.substring(0, eq).contains("-{")) {
                    params.add(new TemplateCall.Parameter(p.substring(0, eq).trim(), p.substring(eq + 1).trim()));
                } else {
                    params.add(new TemplateCall.Parameter(String.valueOf(pos++), p));
                }
            }
            FakeContext ctx = new FakeContext();
            handler.handle(new TemplateCall(name, params, open, true), ctx);
            diagnostics.addAll(ctx.diagnostics);
            out.append(text, i, open).append(ctx.out);
            i = close;
        }
        return out.toString();
    }

    private static int close(String s, int start) {
        int depth = 0;
        for (int i = start; i < s.length() - 1; i++) {
            if (s.startsWith("{{", i)) {
                depth++;
                i++;
            } else if (s.startsWith("}}", i)) {
                depth--;
                i++;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static List<String> split(String body) {
        return org.wikirefine.internal.wikitext.WikitextScan.splitTopLevel(body, true);
    }
}
