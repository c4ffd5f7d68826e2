package org.wikirefine.internal.wikitext;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MediaWiki's {@code doQuotes} ({@code Parser::doQuotes}, 1.39), line by line, reduced to what text output needs:
 * which apostrophes are bold/italic markup (dropped) and which are literal. A run of 4 keeps one apostrophe, a
 * run of more than 5 keeps all but 5, and when bold and italic counts are both odd one bold run is read as an
 * apostrophe plus italics (after a single-letter word first, then a multi-letter word, then a space). The
 * element tags doQuotes writes for each run ({@code i}, {@code /b}…) are kept by position, with the closing tags at
 * each line's end, so the inline phase can build bold and italic elements.
 */
final class Quotes {

    /** Apostrophes that are markup, and the tags each markup run (and line end) stands for, by position. */
    record Result(BitSet markup, Map<Integer, List<String>> tags) {
    }

    private Quotes() {
    }

    static Result read(String s) {
        BitSet mask = new BitSet();
        Map<Integer, List<String>> tags = new HashMap<>();
        int n = s.length();
        int next = s.indexOf("''");
        while (next >= 0) {
            // Only lines that hold a run are read: from the line of the next run to its end.
            int lineStart = s.lastIndexOf('\n', next) + 1;
            int lineEnd = s.indexOf('\n', next);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            line(s, lineStart, lineEnd, mask, tags);
            next = lineEnd < n ? s.indexOf("''", lineEnd) : -1;
        }
        return new Result(mask, tags);
    }

    /** Runs of apostrophes as {start of markup part, end}, and the text start before each run. */
    private static void line(String s, int from, int to, BitSet mask, Map<Integer, List<String>> tags) {
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
        tags(runs, to, tags);
    }

    /**
     * doQuotes' state machine: the tags each run writes, and the closing tags at the line's end {@code to}. After
     * a run of 5 the order of its opening tags is known only at the next run (state "both").
     */
    private static void tags(List<int[]> runs, int to, Map<Integer, List<String>> tags) {
        String state = "";
        List<String> both = null; // the tags of the run of 5 that opened state "both", known at the next run
        for (int[] r : runs) {
            List<String> t = new ArrayList<>(4);
            int len = r[1] - r[0];
            if (state.equals("both")) {
                // doQuotes writes the held run's tags now: bold outside before a run of 2, italic outside otherwise.
                both.addAll(len == 2 ? List.of("b", "i") : List.of("i", "b"));
                t.addAll(len == 2 ? List.of("/i") : len == 3 ? List.of("/b") : List.of("/b", "/i"));
                state = len == 2 ? "b" : len == 3 ? "i" : "";
            } else if (len == 2) {
                state = switch (state) {
                    case "i" -> with(t, "", "/i");
                    case "bi" -> with(t, "b", "/i");
                    case "ib" -> with(t, "b", "/b", "/i", "b");
                    default -> with(t, state + "i", "i");
                };
            } else if (len == 3) {
                state = switch (state) {
                    case "b" -> with(t, "", "/b");
                    case "bi" -> with(t, "i", "/i", "/b", "i");
                    case "ib" -> with(t, "i", "/b");
                    default -> with(t, state + "b", "b");
                };
            } else if (state.isEmpty()) {
                both = t;
                state = "both";
            } else {
                state = switch (state) {
                    case "b" -> with(t, "i", "/b", "i");
                    case "i" -> with(t, "b", "/i", "b");
                    case "bi" -> with(t, "", "/i", "/b");
                    default -> with(t, "", "/b", "/i"); // "ib"
                };
            }
            tags.put(r[0], t);
        }
        List<String> end = switch (state) {
            case "b" -> List.of("/b");
            case "i" -> List.of("/i");
            case "bi" -> List.of("/i", "/b");
            case "ib" -> List.of("/b", "/i");
            case "both" -> {
                both.addAll(List.of("b", "i"));
                yield List.of("/i", "/b");
            }
            default -> List.of();
        };
        if (!end.isEmpty()) {
            tags.computeIfAbsent(to, k -> new ArrayList<>()).addAll(end);
        }
    }

    /** Adds {@code written} to the run's tags {@code t} and returns the next state. */
    private static String with(List<String> t, String next, String... written) {
        t.addAll(List.of(written));
        return next;
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
