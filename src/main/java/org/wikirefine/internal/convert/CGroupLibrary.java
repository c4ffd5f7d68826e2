package org.wikirefine.internal.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.wikirefine.internal.wikitext.WikitextScan;

/**
 * The public conversion groups that {@code {{noteTA|G1=…}}} pulls in, by page name. Immutable and thread-safe.
 * {@link #bundled()} holds the 444 zh.wikipedia groups shipped as a resource (CC BY-SA 4.0, see
 * {@code org/wikirefine/convert/NOTICE-cgroups.txt}); a dump reader replaces or extends them with
 * {@link #withGroups(Collection)}, parsing {@code Module:CGroup/*} pages with {@link #parseModule} and
 * {@code Template:CGroup/*} pages with {@link #parseTemplate}.
 */
public final class CGroupLibrary {

    private static final String RESOURCE = "/org/wikirefine/convert/cgroups.tsv.gz";
    private static volatile CGroupLibrary bundled;
    private static final CGroupLibrary EMPTY = new CGroupLibrary(Map.of());

    private final Map<String, CGroup> groups;

    private CGroupLibrary(Map<String, CGroup> groups) {
        this.groups = groups;
    }

    /** The groups bundled with the library (loaded once per JVM, on first use). */
    public static CGroupLibrary bundled() {
        CGroupLibrary b = bundled;
        if (b == null) {
            synchronized (CGroupLibrary.class) {
                b = bundled;
                if (b == null) {
                    b = loadResource();
                    bundled = b;
                }
            }
        }
        return b;
    }

    /** A library without groups ({@code G1=…} then adds nothing, as on a wiki without the group page). */
    public static CGroupLibrary empty() {
        return EMPTY;
    }

    public static CGroupLibrary of(Collection<CGroup> groups) {
        return EMPTY.withGroups(groups);
    }

    /** A new library with these groups added; a group with the same (normalised) name replaces the old one. */
    public CGroupLibrary withGroups(Collection<CGroup> more) {
        Map<String, CGroup> m = new HashMap<>(groups);
        for (CGroup g : more) {
            m.put(normalise(g.name()), g);
        }
        return new CGroupLibrary(Map.copyOf(m));
    }

    /** The group a {@code G<n>=} value names; page-title rules apply (first letter, {@code _} = space). */
    public Optional<CGroup> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(groups.get(normalise(name)));
    }

    public int size() {
        return groups.size();
    }

    /** MediaWiki title normalisation of a page name: trimmed, {@code _} as space, first letter upper-case. */
    static String normalise(String name) {
        String s = org.wikirefine.internal.Whitespace.collapse(name.replace('_', ' '));
        if (s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(cp))) + s.substring(Character.charCount(cp));
    }

    private static CGroupLibrary loadResource() {
        Map<String, CGroup> m = new HashMap<>();
        try (InputStream raw = CGroupLibrary.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
            String[] head = null;
            List<String> rules = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("G")) {
                    if (head != null) {
                        put(m, head, rules);
                    }
                    head = f;
                    rules = new ArrayList<>();
                } else if (f[0].equals("R") && f.length >= 3) {
                    rules.add(unescape(f[2]));
                }
            }
            if (head != null) {
                put(m, head, rules);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CGroupLibrary(Map.copyOf(m));
    }

    private static void put(Map<String, CGroup> m, String[] head, List<String> rules) {
        String page = unescape(head[1]);
        CGroup g = new CGroup(page, unescape(head[2]), unescape(head[3]), head.length > 4 ? unescape(head[4]) : "", rules);
        m.put(normalise(page), g);
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------
    // Parsing group pages from a dump (best effort)

    private static final Pattern REQUIRE_ALIAS = Pattern.compile(
            "^\\s*return\\s+require\\s*\\(?\\s*(?:'|\"|\\[\\[)\\s*(?:Module|模块|模組|模板):CGroup/([^'\"\\]]+?)\\s*(?:'|\"|\\]\\])\\s*\\)?\\s*;?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The target of a redirect-like module ({@code return require('Module:CGroup/Other')}), if the page is one;
     * the caller then uses the other group's rules under this page's name.
     */
    public static Optional<String> moduleAlias(String luaSource) {
        Matcher m = REQUIRE_ALIAS.matcher(LuaScanner.stripComments(luaSource).strip());
        return m.matches() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    /**
     * Reads a {@code Module:CGroup/<name>} Lua page: items written as {@code { type = 'item', original = …,
     * rule = … }} or with the {@code Item(original, rule)} helper of {@code Module:CGroup/core}, in page order,
     * plus the {@code name} and {@code description} fields. Best effort: no Lua is executed; items built by
     * computation are missed. Empty when no rule is found.
     */
    public static Optional<CGroup> parseModule(String pageName, String luaSource) {
        LuaScanner.Result r = LuaScanner.scan(luaSource);
        if (r.rules().isEmpty()) {
            return Optional.empty();
        }
        String display = r.name() != null ? r.name() : pageName;
        return Optional.of(new CGroup(pageName, display, "Module:CGroup/" + pageName,
                r.description() == null ? "" : r.description(), r.rules()));
    }

    /**
     * Reads an old-style {@code Template:CGroup/<name>} wikitext page: {@code {{CItem|rule|original=…}}},
     * {@code {{CItemHidden|…}}}, {@code {{CItemLan|rule|original}}} and literal {@code -{H|rule}-}, in page
     * order; {@code name}/{@code description} from a {@code {{CGroup…}}} header template. Best effort.
     */
    public static Optional<CGroup> parseTemplate(String pageName, String wikitext) {
        List<String> rules = new ArrayList<>();
        String[] header = {null, null};
        int i = 0;
        while (i < wikitext.length() - 1) {
            if (wikitext.startsWith("{{", i)) {
                int end = WikitextScan.templateEnd(wikitext, i);
                if (end < 0) {
                    break;
                }
                templateItem(wikitext.substring(i + 2, end - 2), rules, header);
                i = end;
            } else if (wikitext.startsWith("-{", i)) {
                int end = wikitext.indexOf("}-", i + 2);
                if (end < 0) {
                    break;
                }
                String inner = wikitext.substring(i + 2, end);
                int bar = inner.indexOf('|');
                if (bar > 0 && inner.substring(0, bar).trim().matches("(?:[A-Z-]\\s*;\\s*)*H(?:\\s*;\\s*[A-Z-])*")) {
                    rules.add(inner.substring(bar + 1));
                }
                i = end + 2;
            } else {
                i++;
            }
        }
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CGroup(pageName, header[0] != null ? header[0] : pageName,
                "Template:CGroup/" + pageName, header[1] == null ? "" : header[1], rules));
    }

    private static void templateItem(String body, List<String> rules, String[] header) {
        List<String> parts = WikitextScan.splitTopLevel(body, true);
        String name = normalise(parts.get(0));
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new HashMap<>();
        for (int k = 1; k < parts.size(); k++) {
            String p = parts.get(k);
            int eq = p.indexOf('=');
            // "zh-cn:a=>…" is positional text, not a named parameter: names are simple words
            if (eq > 0 && p.substring(0, eq).trim().matches("[\\w\\- ]+") && !p.substring(0, eq).contains(":")) {
                named.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
            } else {
                positional.add(p);
            }
        }
        switch (name) {
            case "CItem":
            case "CItemHidden":
            case "CItemLan":
            case "CItemLan/R": {
                String rule = named.containsKey("1") ? named.get("1") : positional.isEmpty() ? null : positional.get(0);
                if (rule != null && !rule.isBlank()) {
                    rules.add(rule.trim());
                }
                break;
            }
            default:
                if (name.startsWith("CGroup")) {
                    header[0] = header[0] != null ? header[0] : named.get("name");
                    header[1] = header[1] != null ? header[1] : named.get("description");
                }
        }
    }
}
