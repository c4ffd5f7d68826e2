package org.wikirefine.internal.template;

import java.util.ArrayList;
import java.util.List;

import org.wikirefine.TemplateCall;

/**
 * The pattern of a {@code kind: text} rule, compiled once when the rule file is loaded.
 *
 * <p>Syntax (documented for contributors in {@code docs/template-rules.md}):
 * <ul>
 *   <li>{@code {2}}, {@code {lang}}: the value of a positional or named parameter (trimmed);</li>
 *   <li>{@code {3|d|1}}: the first non-empty of several parameters; a quoted alternative is literal text,
 *       {@code {2|"?"}};</li>
 *   <li>{@code {2..}}: every positional parameter from 2 on that is non-empty, joined by the rule's
 *       {@code separator};</li>
 *   <li>{@code {?（{2}）}}: an optional group, written only if every parameter it uses is non-empty;</li>
 *   <li>anything else is literal wikitext; {@code \{ \} \\} escape braces.</li>
 * </ul>
 * If a pattern uses parameters and all of them are empty, the call produces nothing at all: a dropped value must
 * not leave {@code （）} or a dangling label behind (the defects of seed 003).
 */
public final class TextPattern {

    private sealed interface Part permits Literal, Param, Rest, Group {
    }

    private record Literal(String text) implements Part {
    }

    /** Alternatives: parameter names, or literal text when quoted. */
    private record Param(List<String> names, List<Boolean> literal) implements Part {
    }

    private record Rest(int from) implements Part {
    }

    private record Group(List<Part> parts) implements Part {
    }

    private final String source;
    private final List<Part> parts;
    private final boolean usesParams;

    private TextPattern(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
        this.usesParams = uses(parts);
    }

    /** Compiles a pattern; throws {@link IllegalArgumentException} with the position of a syntax error. */
    public static TextPattern compile(String pattern) {
        int[] pos = {0};
        List<Part> parts = parseSeq(pattern, pos, false);
        return new TextPattern(pattern, parts);
    }

    public String source() {
        return source;
    }

    /** Substitutes the call's parameters; returns wikitext, or {@code ""} when every used parameter is empty. */
    public String apply(TemplateCall call, String separator) {
        StringBuilder out = new StringBuilder();
        boolean[] any = {false};
        render(parts, call, separator, out, any);
        if (usesParams && !any[0]) {
            return "";
        }
        return out.toString();
    }

    private static boolean render(List<Part> parts, TemplateCall call, String sep, StringBuilder out, boolean[] any) {
        boolean allFilled = true;
        for (Part p : parts) {
            if (p instanceof Literal l) {
                out.append(l.text());
            } else if (p instanceof Param pr) {
                String v = resolve(pr, call);
                if (v.isEmpty()) {
                    allFilled = false;
                } else {
                    any[0] = true;
                    out.append(v);
                }
            } else if (p instanceof Rest r) {
                List<String> vals = new ArrayList<>();
                for (int i = r.from(); i <= maxPositional(call); i++) {
                    String v = value(call, Integer.toString(i));
                    if (!v.isEmpty()) {
                        vals.add(v);
                    }
                }
                if (vals.isEmpty()) {
                    allFilled = false;
                } else {
                    any[0] = true;
                    out.append(String.join(sep, vals));
                }
            } else if (p instanceof Group g) {
                StringBuilder inner = new StringBuilder();
                boolean[] innerAny = {false};
                if (render(g.parts(), call, sep, inner, innerAny)) {
                    out.append(inner);
                    any[0] |= innerAny[0];
                }
            }
        }
        return allFilled;
    }

    private static String resolve(Param p, TemplateCall call) {
        for (int i = 0; i < p.names().size(); i++) {
            if (p.literal().get(i)) {
                return p.names().get(i);
            }
            String v = value(call, p.names().get(i));
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    static String value(TemplateCall call, String name) {
        return call.parameter(name).map(String::trim).orElse("");
    }

    static int maxPositional(TemplateCall call) {
        int max = 0;
        for (TemplateCall.Parameter p : call.parameters()) {
            String n = p.name();
            if (!n.isEmpty() && n.length() < 4 && n.chars().allMatch(Character::isDigit)) {
                max = Math.max(max, Integer.parseInt(n));
            }
        }
        return max;
    }

    private static boolean uses(List<Part> parts) {
        for (Part p : parts) {
            if (p instanceof Param pr && pr.literal().contains(Boolean.FALSE)) {
                return true;
            }
            if (p instanceof Rest || (p instanceof Group g && uses(g.parts()))) {
                return true;
            }
        }
        return false;
    }

    private static List<Part> parseSeq(String s, int[] pos, boolean inGroup) {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (pos[0] < s.length()) {
            char c = s.charAt(pos[0]);
            if (c == '\\' && pos[0] + 1 < s.length()) {
                lit.append(s.charAt(pos[0] + 1));
                pos[0] += 2;
            } else if (c == '{') {
                flush(lit, parts);
                if (pos[0] + 1 < s.length() && s.charAt(pos[0] + 1) == '?') {
                    pos[0] += 2;
                    List<Part> inner = parseSeq(s, pos, true);
                    parts.add(new Group(inner));
                } else {
                    parts.add(parsePlaceholder(s, pos));
                }
            } else if (c == '}') {
                if (!inGroup) {
                    throw new IllegalArgumentException("unbalanced '}' at " + pos[0] + " in \"" + s + "\" (write \\} for a literal brace)");
                }
                flush(lit, parts);
                pos[0]++;
                return parts;
            } else {
                lit.append(c);
                pos[0]++;
            }
        }
        if (inGroup) {
            throw new IllegalArgumentException("unclosed '{?' group in \"" + s + "\"");
        }
        flush(lit, parts);
        return parts;
    }

    private static Part parsePlaceholder(String s, int[] pos) {
        int start = pos[0];
        int end = s.indexOf('}', start);
        if (end < 0) {
            throw new IllegalArgumentException("unclosed '{' at " + start + " in \"" + s + "\"");
        }
        String body = s.substring(start + 1, end);
        pos[0] = end + 1;
        if (body.isBlank()) {
            throw new IllegalArgumentException("empty placeholder at " + start + " in \"" + s + "\"");
        }
        if (body.endsWith("..")) {
            String n = body.substring(0, body.length() - 2).trim();
            if (!n.matches("[1-9][0-9]?")) {
                throw new IllegalArgumentException("'{N..}' needs a positional number, got '" + body + "' in \"" + s + "\"");
            }
            return new Rest(Integer.parseInt(n));
        }
        if (body.contains("{")) {
            throw new IllegalArgumentException("'{' inside a placeholder at " + start + " in \"" + s + "\"");
        }
        List<String> names = new ArrayList<>();
        List<Boolean> literal = new ArrayList<>();
        for (String alt : body.split("\\|", -1)) {
            String a = alt.trim();
            if (a.length() >= 2 && a.startsWith("\"") && a.endsWith("\"")) {
                names.add(a.substring(1, a.length() - 1));
                literal.add(true);
            } else if (a.isEmpty()) {
                throw new IllegalArgumentException("empty alternative in '{" + body + "}' in \"" + s + "\"");
            } else {
                names.add(a);
                literal.add(false);
            }
        }
        return new Param(List.copyOf(names), List.copyOf(literal));
    }

    private static void flush(StringBuilder lit, List<Part> parts) {
        if (lit.length() > 0) {
            parts.add(new Literal(lit.toString()));
            lit.setLength(0);
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
