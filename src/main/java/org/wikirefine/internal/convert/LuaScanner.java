package org.wikirefine.internal.convert;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of a Lua lexer to read data modules such as {@code Module:CGroup/IT}: strings (quoted with escapes,
 * long brackets), comments, names and punctuation. Finds {@code Item(original, rule)} calls and table constructors
 * with {@code type = 'item'} and {@code rule = …}. Nothing is executed.
 */
final class LuaScanner {

    record Result(String name, String description, List<String> rules) {
    }

    private enum Kind { STRING, NAME, PUNCT, OTHER }

    private record Tok(Kind kind, String text) {
    }

    private LuaScanner() {
    }

    static String stripComments(String src) {
        StringBuilder sb = new StringBuilder();
        for (Tok t : lex(src, true)) {
            sb.append(t.kind == Kind.STRING ? "'" + t.text.replace("'", "\\'") + "'" : t.text).append(' ');
        }
        return sb.toString();
    }

    static Result scan(String src) {
        List<Tok> toks = lex(src, false);
        List<String> rules = new ArrayList<>();
        String[] meta = {null, null};
        int depth = 0;
        // Stack of table frames: the fields seen at each open '{'
        List<String[]> frames = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.kind == Kind.PUNCT && t.text.equals("{")) {
                depth++;
                frames.add(new String[] {null, null});  // type, rule
            } else if (t.kind == Kind.PUNCT && t.text.equals("}")) {
                if (!frames.isEmpty()) {
                    String[] f = frames.remove(frames.size() - 1);
                    if ("item".equals(f[0]) && f[1] != null) {
                        rules.add(f[1]);
                    }
                }
                depth = Math.max(0, depth - 1);
            } else if (t.kind == Kind.NAME && i + 2 < toks.size() && toks.get(i + 1).text.equals("=")
                    && toks.get(i + 2).kind == Kind.STRING) {
                String value = toks.get(i + 2).text;
                String[] f = frames.isEmpty() ? null : frames.get(frames.size() - 1);
                switch (t.text) {
                    case "type":
                        if (f != null) {
                            f[0] = value;
                        }
                        break;
                    case "rule":
                        if (f != null) {
                            f[1] = value;
                        }
                        break;
                    case "name":
                        if (depth == 1 && meta[0] == null) {
                            meta[0] = value;
                        }
                        break;
                    case "description":
                        if (depth == 1 && meta[1] == null) {
                            meta[1] = value;
                        }
                        break;
                    default:
                        break;
                }
                i += 2;
            } else if (t.kind == Kind.NAME && t.text.equals("Item") && i + 1 < toks.size() && toks.get(i + 1).text.equals("(")) {
                // Item(original, rule[, …]): original may be nil
                List<Tok> args = new ArrayList<>();
                int j = i + 2;
                while (j < toks.size() && !toks.get(j).text.equals(")")) {
                    if (!toks.get(j).text.equals(",")) {
                        args.add(toks.get(j));
                    }
                    j++;
                }
                if (args.size() >= 2 && args.get(1).kind == Kind.STRING) {
                    rules.add(args.get(1).text);
                }
                i = j;
            }
        }
        return new Result(meta[0], meta[1], rules);
    }

    private static List<Tok> lex(String s, boolean keepAll) {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                int lb = longBracketLevel(s, i + 2);
                if (lb >= 0) {
                    i = longBracketEnd(s, i + 2, lb);
                } else {
                    int e = s.indexOf('\n', i);
                    i = e < 0 ? n : e + 1;
                }
            } else if (c == '\'' || c == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (j < n && s.charAt(j) != c) {
                    char d = s.charAt(j);
                    if (d == '\\' && j + 1 < n) {
                        char e = s.charAt(++j);
                        switch (e) {
                            case 'n': sb.append('\n'); break;
                            case 't': sb.append('\t'); break;
                            case 'r': sb.append('\r'); break;
                            case 'z':
                                while (j + 1 < n && Character.isWhitespace(s.charAt(j + 1))) {
                                    j++;
                                }
                                break;
                            default:
                                if (Character.isDigit(e)) {
                                    int k = j;
                                    while (k < n && k < j + 3 && Character.isDigit(s.charAt(k))) {
                                        k++;
                                    }
                                    sb.append((char) Integer.parseInt(s.substring(j, k)));
                                    j = k - 1;
                                } else {
                                    sb.append(e);
                                }
                        }
                    } else if (d == '\n') {
                        break;  // unfinished string: stop at the line end
                    } else {
                        sb.append(d);
                    }
                    j++;
                }
                out.add(new Tok(Kind.STRING, sb.toString()));
                i = j + 1;
            } else if (c == '[' && longBracketLevel(s, i) >= 0) {
                int lb = longBracketLevel(s, i);
                int start = i + lb + 2;
                int end = longBracketEnd(s, i, lb);
                int closeLen = lb + 2;
                String body = s.substring(start, Math.max(start, Math.min(n, end - closeLen)));
                if (body.startsWith("\n")) {
                    body = body.substring(1);  // Lua skips a newline right after the opening bracket
                }
                out.add(new Tok(Kind.STRING, body));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                out.add(new Tok(Kind.NAME, s.substring(i, j)));
                i = j;
            } else if ("{}()=,;".indexOf(c) >= 0) {
                if (c == '=' && i + 1 < n && s.charAt(i + 1) == '=') {
                    out.add(new Tok(Kind.OTHER, "=="));
                    i += 2;
                } else {
                    out.add(new Tok(Kind.PUNCT, String.valueOf(c)));
                    i++;
                }
            } else {
                out.add(new Tok(Kind.OTHER, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    /** Level of a long bracket {@code [==[} starting at i, or -1. */
    private static int longBracketLevel(String s, int i) {
        if (i >= s.length() || s.charAt(i) != '[') {
            return -1;
        }
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == '=') {
            j++;
        }
        return j < s.length() && s.charAt(j) == '[' ? j - i - 1 : -1;
    }

    /** Index after the closing {@code ]==]} of a long bracket opened at i. */
    private static int longBracketEnd(String s, int i, int level) {
        String close = "]" + "=".repeat(level) + "]";
        int e = s.indexOf(close, i + level + 2);
        return e < 0 ? s.length() : e + close.length();
    }
}
