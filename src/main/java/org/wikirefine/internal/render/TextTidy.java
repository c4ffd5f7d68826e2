package org.wikirefine.internal.render;

import java.util.regex.Pattern;

import org.wikirefine.internal.InternalMarks;

/**
 * Cleans what dropped markup leaves behind: brackets that held only a dropped template ({@code （）}, {@code ()},
 * title marks {@code 《》} around a dropped title template, corner brackets),
 * a space before punctuation ({@code the , accused}), doubled spaces, spaces at line ends.
 */
final class TextTidy {

    private static final char DROP = InternalMarks.DROP;
    private static final Pattern EMPTY_BRACKETS =
            Pattern.compile("[（(《〈「『【][\\s,，、;；:：" + DROP + "]*" + DROP + "[\\s,，、;；:：" + DROP + "]*[)）》〉」』】]");
    private static final Pattern SPACE_BEFORE_PUNCT =
            Pattern.compile("(?<=\\S) *" + DROP + "[ " + DROP + "]*(?=[,.;:!?，。、；：！？）)」』])");
    private static final Pattern LEADING_SEPARATOR =
            Pattern.compile("(?<=[（(])\\s*" + DROP + "[\\s" + DROP + "]*[,，、;；] *");
    private static final Pattern TRAILING_SEPARATOR =
            Pattern.compile(" *[,，、;；][\\s" + DROP + "]*" + DROP + "[\\s" + DROP + "]*(?=[)）])");
    /** The two-character markup tokens that never show ({@code [[ ]] {{ }} -{ }- {| |}}), as first and second chars. */
    private static final String TOKEN_FIRST = "[]{}-}{|";
    private static final String TOKEN_SECOND = "[]{}{-|}";
    /** A row separator token in running text (table markup written on one line): never prose. */
    private static final Pattern ROW_SEPARATOR = Pattern.compile("(?<!\\S)\\|-(?!\\S)");
    private static final Pattern MULTI_SPACE = Pattern.compile(" {2,}");
    private static final Pattern LINE_EDGE_SPACE = Pattern.compile(" *\n *");

    private TextTidy() {
    }

    /**
     * The text without two-character markup tokens, in one pass, such that removing one never joins its neighbours
     * into a new token ({@code -[[{} and {@code []][} leave no {@code -{} or {@code [[}): each character is checked
     * against the last one kept.
     */
    static String withoutLeftoverMarkup(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int last = out.length() - 1;
            if (last >= 0 && isToken(out.charAt(last), c)) {
                out.setLength(last);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isToken(char first, char second) {
        for (int k = 0; k < TOKEN_FIRST.length(); k++) {
            if (TOKEN_FIRST.charAt(k) == first && TOKEN_SECOND.charAt(k) == second) {
                return true;
            }
        }
        return false;
    }

    static String tidy(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String t = s;
        int found = scan(t);
        if ((found & HAS_DROP) != 0) {
            if ((found & HAS_OPEN_BRACKET) != 0) {
                t = EMPTY_BRACKETS.matcher(t).replaceAll("");
                t = LEADING_SEPARATOR.matcher(t).replaceAll("");
                t = TRAILING_SEPARATOR.matcher(t).replaceAll("");
            }
            t = SPACE_BEFORE_PUNCT.matcher(t).replaceAll("");
            t = t.replace(String.valueOf(DROP), "");
            found = scan(t);
        }
        // Unclosed brackets MediaWiki would show literally: the words stay, the markup does not.
        if ((found & HAS_TOKEN_CHAR) != 0) {
            String before = t;
            t = withoutLeftoverMarkup(t);
            found = t.equals(before) ? found : scan(t);
        }
        if ((found & HAS_ROW_SEPARATOR) != 0) {
            t = ROW_SEPARATOR.matcher(t).replaceAll("");
            found = scan(t);
        }
        if ((found & HAS_DOUBLE_SPACE) != 0) {
            t = MULTI_SPACE.matcher(t).replaceAll(" ");
            found = scan(t);
        }
        if ((found & HAS_SPACE_AT_NEWLINE) != 0) {
            t = LINE_EDGE_SPACE.matcher(t).replaceAll("\n");
        }
        return t.strip();
    }

    private static final int HAS_DROP = 1;
    private static final int HAS_OPEN_BRACKET = 2;
    private static final int HAS_TOKEN_CHAR = 4;
    private static final int HAS_ROW_SEPARATOR = 8;
    private static final int HAS_DOUBLE_SPACE = 16;
    private static final int HAS_SPACE_AT_NEWLINE = 32;

    /** The ASCII characters {@link #scan} looks at; every other ASCII character is skipped by one look-up. */
    private static final boolean[] ASCII_LOOKED_FOR = new boolean[128];

    static {
        for (char c : " \n-([]{}".toCharArray()) {
            ASCII_LOOKED_FOR[c] = true;
        }
    }

    /** A cheap range test letting most non-ASCII text (Han characters above all) skip the switch. */
    private static boolean mayBeLookedFor(char c) {
        return c == DROP || (c >= '〈' && c <= '【') || c == '（';
    }

    /**
     * What the tidy steps look for, in one pass over the text (a per-segment hot path: most text needs none of
     * them, and one scan is cheaper than a scan per step).
     */
    private static int scan(String t) {
        int found = 0;
        char prev = '\0';
        for (int i = 0, n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            if (c < 128 ? !ASCII_LOOKED_FOR[c] : !mayBeLookedFor(c)) {
                prev = c;
                continue;
            }
            switch (c) {
                case DROP -> found |= HAS_DROP;
                case '(', '（', '《', '〈', '「', '『', '【' -> found |= HAS_OPEN_BRACKET;
                case '[', ']', '{', '}' -> found |= HAS_TOKEN_CHAR;
                case '-' -> found |= prev == '|' ? HAS_ROW_SEPARATOR : 0;
                case ' ' -> found |= prev == ' ' ? HAS_DOUBLE_SPACE : prev == '\n' ? HAS_SPACE_AT_NEWLINE : 0;
                case '\n' -> found |= prev == ' ' ? HAS_SPACE_AT_NEWLINE : 0;
                default -> {
                }
            }
            prev = c;
        }
        return found;
    }
}
