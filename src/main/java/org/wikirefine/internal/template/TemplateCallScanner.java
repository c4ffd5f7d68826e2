package org.wikirefine.internal.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.wikirefine.TemplateCall;

/**
 * Finds template calls in wikitext without parsing it: a nested-aware scan of {@code {{…}}} with comments,
 * {@code nowiki}/{@code math}/{@code pre} bodies and triple-brace parameters skipped. Parser functions
 * ({@code {{#if:}}}) and magic words ({@code {{DEFAULTSORT:…}}}, {@code {{PAGENAME}}}) are not template calls.
 * Good enough to count templates over many pages fast (the {@code templates --scan} command, the coverage tool);
 * the article builder uses the real parser instead.
 */
public final class TemplateCallScanner {

    private static final Set<String> MAGIC = Set.of("PAGENAME", "PAGENAMEE", "FULLPAGENAME", "BASEPAGENAME",
            "ROOTPAGENAME", "SUBPAGENAME", "NAMESPACE", "CURRENTYEAR", "CURRENTMONTH", "CURRENTDAY", "CURRENTTIME",
            "SITENAME", "SERVER", "NUMBEROFARTICLES", "REVISIONID");

    private TemplateCallScanner() {
    }

    /** Template calls in document order (a nested call after its parent); magic words and parser functions left out. */
    public static List<TemplateCall> calls(String wikitext) {
        List<TemplateCall> out = new ArrayList<>();
        scan(clean(wikitext), out, new int[1]);
        return out;
    }

    /** How many magic words and parser functions the text has (counted apart from template calls). */
    public static int magicWords(String wikitext) {
        int[] magic = new int[1];
        scan(clean(wikitext), new ArrayList<>(), magic);
        return magic[0];
    }

    private static String clean(String text) {
        return text.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?is)<(nowiki|math|pre|syntaxhighlight|source|chem|ce)\\b[^>]*?/>", "")
                .replaceAll("(?is)<(nowiki|math|pre|syntaxhighlight|source|chem|ce)\\b[^>]*>.*?</\\1>", "");
    }

    private static void scan(String s, List<TemplateCall> out, int[] magic) {
        int i = 0;
        while (i < s.length() - 1) {
            if (s.startsWith("{{{", i) && !s.startsWith("{{{{", i)) {
                i += 3;
                continue;
            }
            if (s.startsWith("{{", i)) {
                int end = matchBraces(s, i);
                String body = s.substring(i + 2, Math.max(i + 2, end - 2));
                List<String> parts = splitTop(body);
                String rawName = parts.get(0).trim();
                if (rawName.isEmpty() || rawName.startsWith("#") || isMagic(rawName)) {
                    magic[0]++;
                } else {
                    List<TemplateCall.Parameter> params = new ArrayList<>();
                    int pos = 1;
                    for (int k = 1; k < parts.size(); k++) {
                        String p = parts.get(k);
                        int eq = p.indexOf('=');
                        int brace = p.indexOf("{{");
                        int link = p.indexOf("[[");
                        if (eq > 0 && (brace < 0 || eq < brace) && (link < 0 || eq < link) && !p.substring(0, eq).contains("\n")) {
                            params.add(new TemplateCall.Parameter(p.substring(0, eq).trim(), p.substring(eq + 1).trim()));
                        } else {
                            params.add(new TemplateCall.Parameter(Integer.toString(pos++), p));
                        }
                    }
                    out.add(new TemplateCall(TemplateNames.normalize(rawName), params, i, false));
                }
                scan(body, out, magic);
                i = end;
                continue;
            }
            i++;
        }
    }

    private static boolean isMagic(String rawName) {
        if (MAGIC.contains(rawName)) {
            return true;
        }
        int colon = rawName.indexOf(':');
        if (colon > 0) {
            String prefix = rawName.substring(0, colon).trim();
            if (TemplateNames.normalize(rawName).length() < rawName.length() - prefix.length()) {
                return false; // Template:X, 模板:X: a template with its namespace written out
            }
            return prefix.equals(prefix.toUpperCase(Locale.ROOT)) || prefix.equalsIgnoreCase("subst")
                    || prefix.equalsIgnoreCase("safesubst") || prefix.equals("lc") || prefix.equals("uc")
                    || prefix.equals("lcfirst") || prefix.equals("ucfirst") || prefix.equals("int")
                    || prefix.equals("urlencode") || prefix.equals("fullurl") || prefix.equals("localurl");
        }
        return false;
    }

    /** End (exclusive) of the {@code {{…}}} starting at {@code i}, or the text's end if unclosed. */
    static int matchBraces(String s, int i) {
        int depth = 0;
        int k = i;
        while (k < s.length() - 1) {
            if (s.startsWith("{{", k)) {
                depth++;
                k += 2;
            } else if (s.startsWith("}}", k)) {
                depth--;
                k += 2;
                if (depth == 0) {
                    return k;
                }
            } else {
                k++;
            }
        }
        return s.length();
    }

    /** Splits a call's body (or a gallery line) on top-level {@code |} (not inside nested templates or links). */
    public static List<String> splitTop(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.startsWith("{{", i) || body.startsWith("[[", i)) {
                depth++;
                i++;
            } else if ((body.startsWith("}}", i) || body.startsWith("]]", i)) && depth > 0) {
                depth--;
                i++;
            } else if (body.charAt(i) == '|' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }
}
