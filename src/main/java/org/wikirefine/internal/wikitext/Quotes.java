package org.wikirefine.internal.wikitext;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * MediaWiki's {@code doQuotes} ({@code Parser::doQuotes}, 1.39), line by line, reduced to what text output needs:
 * which apostrophes are bold/italic markup (dropped) and which are literal. A run of 4 keeps one apostrophe, a
 * run of more than 5 keeps all but 5, and when bold and italic counts are both odd one bold run is read as an
 * apostrophe plus italics (after a single-letter word first, then a multi-letter word, then a space).
 */
final class Quotes {

    private Quotes() {
    }

    static BitSet markup(String s) {
        BitSet mask = new BitSet();
        int n = s.length();
        int next = s.indexOf("''");
        while (next >= 0) {
            // Only lines that hold a run are read: from the line of the next run to its end.
            int lineStart = s.lastIndexOf('\n', next) + 1;
            int lineEnd = s.indexOf('\n', next);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            line(s, lineStart, lineEnd, mask);
            next = lineEnd < n ? s.indexOf("''", lineEnd) : -1;
        }
        return mask;
    }

    /** Runs of apostrophes as {start of markup part, end}, and the text start before each run. */
    private static void line(String s, int from, int to, BitSet mask) {
        List<int[]> runs = new ArrayList<>();
        int textStart = from;
        int i = from;
        while (i < to) {
            if (s.charAt(i) == '\'' && i + 1 < to && s.charAt(i + 1) == '\'') {
                int j = i;
                while (j < to && s.charAt(j) == '\'') {
                    j++;
                }
                int len = j - i;
                int literal = len == 4 ? 1 : len > 5 ? len - 5 : 0;
                runs.add(new int[] {i + literal, j, textStart});
                textStart = j;
                i = j;
            } else {
                i++;
            }
        }
        int italics = 0;
        int bold = 0;
        for (int[] r : runs) {
            int len = r[1] - r[0];
            if (len == 2) {
                italics++;
            } else if (len == 3) {
                bold++;
            } else {
                italics++;
                bold++;
            }
        }
        if (italics % 2 == 1 && bold % 2 == 1) {
            int[] chosen = chooseBoldAsApostrophe(s, runs);
            if (chosen != null) {
                chosen[0]++;
            }
        }
        for (int[] r : runs) {
            mask.set(r[0], r[1]);
        }
    }

    private static int[] chooseBoldAsApostrophe(String s, List<int[]> runs) {
        int[] singleLetter = null;
        int[] multiLetter = null;
        int[] space = null;
        for (int[] r : runs) {
            if (r[1] - r[0] != 3) {
                continue;
            }
            int textStart = r[2];
            char x1 = r[0] - 1 >= textStart ? s.charAt(r[0] - 1) : '\0';
            char x2 = r[0] - 2 >= textStart ? s.charAt(r[0] - 2) : x1;
            if (x1 == ' ') {
                if (space == null) {
                    space = r;
                }
            } else if (x2 == ' ') {
                singleLetter = r;
                break;
            } else if (multiLetter == null) {
                multiLetter = r;
            }
        }
        return singleLetter != null ? singleLetter : multiLetter != null ? multiLetter : space;
    }
}
