package org.wikirefine.internal;

import java.util.ArrayList;
import java.util.List;

import org.wikirefine.Diagnostic;
import org.wikirefine.Page;

/**
 * Where a page's text and title enter the pipeline, checked once: a lone surrogate (possible only through the Java
 * API; UTF-8 cannot carry one) and a noncharacter (U+FFFE, U+FFFF, U+FDD0..U+FDEF and the last two of every plane:
 * XML cannot carry them, MediaWiki's UTF-8 clean-up replaces them, and Sweble would wrap them in marks of its own
 * that then leak into template names) become U+FFFD; control characters other than tab and line breaks (XML cannot
 * carry them either, Sweble marks them the same way, and the walker always dropped them) and characters reserved
 * for our internal marks ({@link InternalMarks}) are removed. Each kind gets one diagnostic. Everything downstream may then assume
 * well-formed UTF-16 and treat every reserved character as its own.
 */
public final class PageInput {

    /** The page as the pipeline sees it, plus what was changed on the way in. */
    public record Checked(Page page, List<Diagnostic> diagnostics) {
    }

    private PageInput() {
    }

    public static Checked check(Page page) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = clean(page.text(), "text", diagnostics);
        String title = clean(page.title(), "title", diagnostics);
        if (diagnostics.isEmpty()) {
            return new Checked(page, List.of());
        }
        Page checked = new Page(page.id(), page.ns(), title, page.redirect(), page.revisionId(), page.timestamp(),
                page.sha1(), text);
        return new Checked(checked, List.copyOf(diagnostics));
    }

    private static String clean(String s, String where, List<Diagnostic> diagnostics) {
        if (s == null || wellFormed(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int surrogates = 0;
        int reserved = 0;
        int controls = 0;
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (isNoncharacter(Character.toCodePoint(c, s.charAt(i + 1)))) {
                    surrogates++;
                    first = first < 0 ? i : first;
                    sb.append('\uFFFD');
                    i++;
                } else {
                    sb.append(c).append(s.charAt(++i));
                }
            } else if (Character.isSurrogate(c) || isNoncharacter(c)) {
                surrogates++;
                first = first < 0 ? i : first;
                sb.append('\uFFFD');
            } else if (InternalMarks.isReserved(c)) {
                reserved++;
                first = first < 0 ? i : first;
            } else if (isControl(c)) {
                controls++;
            } else {
                sb.append(c);
            }
        }
        if (surrogates > 0) {
            diagnostics.add(new Diagnostic("INVALID_CHARACTER", Diagnostic.Severity.WARNING, where.equals("text") ? first : -1,
                    surrogates + " unpaired surrogate(s) or noncharacter(s) in the page " + where + " replaced by U+FFFD"));
        }
        if (controls > 0) {
            diagnostics.add(new Diagnostic("CONTROL_CHARACTER", Diagnostic.Severity.WARNING, -1,
                    controls + " control character(s) in the page " + where + " removed"));
        }
        if (reserved > 0) {
            diagnostics.add(new Diagnostic("RESERVED_CHARACTER", Diagnostic.Severity.WARNING, -1, reserved
                    + " character(s) of U+E000..U+E01F in the page " + where + " removed: that range is reserved for"
                    + " internal marks"));
        }
        return sb.toString();
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** The common case, checked without allocating. */
    private static boolean wellFormed(String s) {
        // Scanned as an array: most English pages are UTF-16 strings (one dash does it), whose charAt checks bounds
        // and coder per unit; the copy costs less than those checks.
        char[] units = s.toCharArray();
        for (int i = 0; i < units.length; i++) {
            char c = units[i];
            if ((c >= ' ' && c < 0x7F) || (c >= 0xA0 && c < 0xD800)) {
                continue;  // printable ASCII, Latin, CJK…: nothing below U+D800 outside C0/DEL/C1 needs a look
            }
            if (InternalMarks.isReserved(c) || isNoncharacter(c) || isControl(c)) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= units.length || !Character.isLowSurrogate(units[i + 1])
                        || isNoncharacter(Character.toCodePoint(c, units[i + 1]))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
