package org.wikirefine.internal.wikitext;

import java.util.ArrayList;
import java.util.List;

/**
 * What the native parser must guarantee on any input, checked by {@link NativeParserFuzzTest}: it ends with a tree
 * or a {@link Decline} (nothing else is thrown), parsing twice gives the same tree, source offsets lie inside the
 * input in order and nested inside their parent, the preprocessor's top level covers the input (its text and the
 * source of its nodes, in order, are the input itself where no tag or comment removes anything, and a subsequence of
 * it otherwise), the tree's size is linear in the input (a proxy for bounded work that needs no clock), and no lone
 * surrogate appears that the input did not have.
 */
final class NativeParserInvariants {

    /** Nodes per input character allowed: generous, but linear (a runaway would be quadratic or worse). */
    private static final int NODES_PER_CHAR = 4;
    /** Text characters per input character allowed: links repeat their target as label, entities only shrink. */
    private static final int TEXT_PER_CHAR = 4;

    private final String input;
    private final List<String> problems = new ArrayList<>();
    private long nodes;
    private long textChars;

    private NativeParserInvariants(String input) {
        this.input = input;
    }

    /** The violations found (empty if none); a {@link Decline} is an allowed outcome, any other throwable is not. */
    static List<String> check(String input, SiteSyntax syntax) {
        NativeParserInvariants c = new NativeParserInvariants(input);
        c.checkPreprocessor();
        c.checkBlocks(new WikitextParser(syntax));
        return c.problems;
    }

    private void checkPreprocessor() {
        List<WikiNode> top;
        try {
            top = Preprocessor.parse(input);
        } catch (Decline declined) {
            return;
        }
        checkTopLevel(top);
    }

    /** The preprocessor-level checks of a given top level (so the checks themselves can be tested). */
    static List<String> checkTopLevel(String input, List<WikiNode> top) {
        NativeParserInvariants c = new NativeParserInvariants(input);
        c.checkTopLevel(top);
        return c.problems;
    }

    private void checkTopLevel(List<WikiNode> top) {
        checkRanges(top, 0, input.length(), "top");
        String covered = covered(top);
        if (input.indexOf('<') < 0 ? !covered.equals(input) : !isSubsequence(covered, input)) {
            problems.add("preprocessor output does not cover the input: " + abbreviate(covered));
        }
    }

    private void checkBlocks(WikitextParser parser) {
        List<WikiNode> tree;
        try {
            tree = parser.parse(input);
        } catch (Decline declined) {
            return;
        }
        if (!tree.equals(parser.parse(input))) {
            problems.add("two parses of the same input differ");
        }
        boolean inputHasLoneSurrogate = hasLoneSurrogate(input);
        walk(tree, inputHasLoneSurrogate);
        long limit = (long) input.length() + 16;
        if (nodes > NODES_PER_CHAR * limit) {
            problems.add("tree not linear in the input: " + nodes + " nodes for " + input.length() + " chars");
        }
        if (textChars > TEXT_PER_CHAR * limit) {
            problems.add("text not linear in the input: " + textChars + " chars for " + input.length());
        }
    }

    /** Offset nodes of one list: inside {@code [from, to)}, ascending, not overlapping; their children inside them. */
    private void checkRanges(List<WikiNode> list, int from, int to, String where) {
        int last = from;
        for (WikiNode node : list) {
            int[] r = range(node);
            if (r == null) {
                continue;
            }
            if (r[0] < last || r[0] > r[1] || r[1] > to) {
                problems.add(where + ": " + node.getClass().getSimpleName() + " [" + r[0] + "," + r[1]
                        + ") outside [" + last + "," + to + ")");
                return;
            }
            last = r[1];
            if (node instanceof WikiNode.Template t) {
                if (t.source() != input && !t.source().equals(input)) {
                    problems.add(where + ": template source is not the input");
                }
                int argFrom = r[0];
                for (WikiNode.Argument a : t.args()) {
                    if (a.start() < argFrom || a.end() > r[1] || a.start() > a.end()) {
                        problems.add(where + ": argument [" + a.start() + "," + a.end() + ") outside its template");
                        return;
                    }
                    argFrom = a.end();
                    checkRanges(a.value(), a.start(), a.end(), where + "/arg");
                }
            } else if (node instanceof WikiNode.ParameterRef p && p.defaultValue() != null) {
                checkRanges(p.defaultValue(), r[0], r[1], where + "/default");
            }
        }
    }

    /** The top level read back: text as it stands, every other node as its source. */
    private String covered(List<WikiNode> top) {
        StringBuilder sb = new StringBuilder(input.length());
        for (WikiNode node : top) {
            int[] r = range(node);
            if (r != null && (r[0] < 0 || r[0] > r[1] || r[1] > input.length())) {
                return "";   // reported by the range check; nothing to read back
            } else if (r != null) {
                sb.append(input, r[0], r[1]);
            } else if (node instanceof WikiNode.Text t) {
                sb.append(t.text());
            } else {
                problems.add("top level holds a block node: " + node.getClass().getSimpleName());
            }
        }
        return sb.toString();
    }

    private static int[] range(WikiNode node) {
        if (node instanceof WikiNode.Template t) {
            return new int[] {t.start(), t.end()};
        } else if (node instanceof WikiNode.ParameterRef p) {
            return new int[] {p.start(), p.end()};
        } else if (node instanceof WikiNode.ExtensionTag e) {
            return new int[] {e.start(), e.end()};
        } else if (node instanceof WikiNode.Comment c) {
            return new int[] {c.start(), c.end()};
        }
        return null;
    }

    private void walk(List<WikiNode> list, boolean loneSurrogateAllowed) {
        if (list == null) {
            return;
        }
        for (WikiNode node : list) {
            nodes++;
            if (node instanceof WikiNode.Text t) {
                text(t.text(), loneSurrogateAllowed);
            } else if (node instanceof WikiNode.Heading h) {
                walk(h.content(), loneSurrogateAllowed);
            } else if (node instanceof WikiNode.Paragraph p) {
                walk(p.content(), loneSurrogateAllowed);
            } else if (node instanceof WikiNode.ListBlock l) {
                for (WikiNode.ListItem i : l.items()) {
                    walk(i.content(), loneSurrogateAllowed);
                    walk(i.children(), loneSurrogateAllowed);
                }
            } else if (node instanceof WikiNode.Table t) {
                walk(t.caption(), loneSurrogateAllowed);
                t.rows().forEach(r -> r.cells().forEach(c -> walk(c.content(), loneSurrogateAllowed)));
            } else if (node instanceof WikiNode.Preformatted p) {
                p.lines().forEach(l -> walk(l, loneSurrogateAllowed));
            } else if (node instanceof WikiNode.InternalLink l) {
                text(l.target(), loneSurrogateAllowed);
                walk(l.label(), loneSurrogateAllowed);
                if (l.options() != null) {
                    l.options().forEach(o -> walk(o, loneSurrogateAllowed));
                }
            } else if (node instanceof WikiNode.ExternalLink l) {
                walk(l.label(), loneSurrogateAllowed);
            } else if (node instanceof WikiNode.HtmlElement e) {
                walk(e.children(), loneSurrogateAllowed);
            } else if (node instanceof WikiNode.Template t) {
                t.args().forEach(a -> walk(a.value(), loneSurrogateAllowed));
            } else if (node instanceof WikiNode.ParameterRef p) {
                walk(p.defaultValue(), loneSurrogateAllowed);
            }
        }
    }

    private void text(String s, boolean loneSurrogateAllowed) {
        if (s == null) {
            return;
        }
        textChars += s.length();
        if (!loneSurrogateAllowed && hasLoneSurrogate(s)) {
            problems.add("a lone surrogate the input did not have: " + abbreviate(s));
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubsequence(String part, String whole) {
        int j = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            while (j < whole.length() && whole.charAt(j) != c) {
                j++;
            }
            if (j == whole.length()) {
                return false;
            }
            j++;
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
