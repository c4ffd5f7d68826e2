package org.wikirefine.internal.template;

import static org.wikirefine.internal.template.Params.first;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import org.wikirefine.Diagnostic;
import org.wikirefine.TemplateCall;
import org.wikirefine.internal.site.SiteUrls;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.model.Inline;

/**
 * A citation template ({@code kind: citation}): maps the call's parameters to canonical {@link Citation} keys,
 * hands the data to {@link TemplateContext#citation(Citation)} and emits a display text.
 *
 * <p>Authors are composed here, not in YAML, because CS1 spreads them over numbered parameters: {@code author},
 * {@code author1..9}, {@code last}/{@code first}, {@code last1..9}/{@code first1..9}, {@code surname}/{@code given}
 * become one {@code author} value, {@code "Last, First; Last2, First2"}. A rule may add more author aliases
 * ({@code 作者}). The date falls back to {@code year}. {@code url_status} is normalised to {@code live}/{@code dead}
 * from {@code url-status} or the old {@code dead-url=yes/no}.
 *
 * <p>Display text, zh profile (the shape of the oracle's CS1 stand-in, itself close to zh.wikipedia's CS1):
 * {@code Author. Title (language). Work. Publisher. Date. [access-date]. （原始内容存档于archive-date）.}, where
 * Title links to the URL and the archive note to the archive URL; then {@code pages}, {@code ISBN}, {@code doi}
 * when present, before the access date. The en profile writes {@code Retrieved access-date.} and
 * {@code Archived from the original on archive-date.} instead.
 */
public final class CitationHandler implements TemplateHandler {

    private final String type;
    private final Map<String, String> aliasToCanonical;
    private final WikiProfile profile;

    public CitationHandler(String type, Map<String, String> aliasToCanonical, WikiProfile profile) {
        this.type = type;
        this.aliasToCanonical = Map.copyOf(aliasToCanonical);
        this.profile = profile;
    }

    @Override
    public void handle(TemplateCall call, TemplateContext ctx) {
        Citation c = extract(call, ctx);
        ctx.citation(c);
        List<Inline> display = display(c, ctx);
        if (!display.isEmpty()) {
            ctx.emit(display);
        }
    }

    /** Builds the citation data of a call: canonical keys, clean text values. */
    public Citation extract(TemplateCall call, TemplateContext ctx) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", type);
        String author = authors(call, ctx);
        if (!author.isEmpty()) {
            f.put("author", author);
        }
        for (TemplateCall.Parameter p : call.parameters()) {
            String canonical = aliasToCanonical.get(p.name().trim());
            if (canonical == null || f.containsKey(canonical) || p.value().isBlank()) {
                continue;
            }
            String raw = p.value().trim();
            String v = isUrlKey(canonical) ? url(canonical, raw, ctx) : Inlines.plain(ctx.parseInline(raw));
            if (!v.isEmpty()) {
                f.put(canonical, v);
            }
        }
        if (!f.containsKey("date")) {
            String year = TextPattern.value(call, "year");
            if (!year.isEmpty()) {
                f.put("date", year);
            }
        }
        String status = f.remove("url_status");
        if (status != null) {
            String s = status.toLowerCase(Locale.ROOT);
            f.put("url_status", switch (s) {
                case "yes", "true", "y", "dead" -> "dead";
                case "no", "false", "n", "live" -> "live";
                default -> s;
            });
        }
        return new Citation(f);
    }

    private static boolean isUrlKey(String k) {
        return k.equals("url") || k.equals("archive_url");
    }

    /**
     * A URL value as an address, ending where the external link CS1 makes of it ends in MediaWiki
     * ({@link SiteUrls#citationLinkTarget}); the text after it is dropped, with a diagnostic. The value is taken as
     * written unless it is itself markup ({@code {{Allmusic|…}}}, a tag, a link not inside a URL's path), which
     * is rendered to its text first.
     */
    private static String url(String key, String raw, TemplateContext ctx) {
        String written = isWrittenUrl(raw) ? raw : Inlines.plain(ctx.parseInline(raw));
        SiteUrls.LinkTarget target = SiteUrls.citationLinkTarget(written);
        if (!target.rest().isEmpty()) {
            ctx.diagnostic("CITATION_URL_TEXT_DROPPED", Diagnostic.Severity.WARNING, key + ": text after the URL"
                    + " dropped (" + target.rest().length() + " chars; MediaWiki's link ends the URL at whitespace"
                    + " or one of []<>\")" + (target.url().isEmpty() ? ", no URL left" : ""));
        }
        return SiteUrls.externalUrl(target.url());
    }

    /** No template or tag, and brackets only where CS1 encodes them: in the path of a URL with a scheme. */
    private static boolean isWrittenUrl(String raw) {
        if (raw.indexOf("{{") >= 0 || raw.indexOf('<') >= 0) {
            return false;
        }
        boolean brackets = raw.indexOf('[') >= 0 || raw.indexOf(']') >= 0;
        return !brackets || raw.startsWith("//") || raw.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /** Author parameters of author slot 0..9 ({@code author}, {@code author1}…): aliases, first non-empty wins. */
    private static final String[][] AUTHOR_KEYS = slotKeys(i -> i == 0 ? new String[] {"author", "authors", "作者"}
            : new String[] {"author" + i});
    private static final String[][] LAST_KEYS = slotKeys(i -> i == 0 ? new String[] {"last", "surname", "last-"}
            : new String[] {"last" + i, "surname" + i, "last-" + i});
    private static final String[][] FIRST_KEYS = slotKeys(i -> i == 0 ? new String[] {"first", "given", "first-"}
            : new String[] {"first" + i, "given" + i, "first-" + i});

    private static String[][] slotKeys(IntFunction<String[]> keys) {
        String[][] out = new String[10][];
        for (int i = 0; i < out.length; i++) {
            out[i] = keys.apply(i);
        }
        return out;
    }

    private String authors(TemplateCall call, TemplateContext ctx) {
        // Ten slots of up to seven aliases each: one index of the call's parameters instead of a scan per alias.
        Map<String, String> params = Params.byName(call);
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= 9; i++) {
            String author = first(params, AUTHOR_KEYS[i]);
            String last = first(params, LAST_KEYS[i]);
            String firstName = first(params, FIRST_KEYS[i]);
            String name = !author.isEmpty() ? author
                    : !last.isEmpty() ? (firstName.isEmpty() ? last : last + ", " + firstName) : "";
            if (!name.isEmpty()) {
                String plain = Inlines.plain(ctx.parseInline(name));
                if (!plain.isEmpty() && !names.contains(plain)) {
                    names.add(plain);
                }
            }
        }
        return String.join("; ", names);
    }

    /** The display inlines of a citation, see the class comment. */
    public List<Inline> display(Citation c, TemplateContext ctx) {
        boolean zh = "zh".equals(profile.citationLanguage());
        List<Inline> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (c.get("author") != null) {
            text(out, c.get("author") + ".");
        }
        String title = c.get("title");
        if (c.get("chapter") != null) {
            title = title == null ? c.get("chapter") : c.get("chapter") + ". " + title;
        }
        if (title == null) {
            title = "";
        }
        String url = c.get("url");
        if (!out.isEmpty() && !title.isEmpty()) {
            out.add(new Inline.Text(" "));
        }
        if (url != null && !url.isEmpty()) {
            out.add(new Inline.ExternalLink(url, title.isEmpty() ? List.of() : List.of(new Inline.Text(title))));
        } else if (!title.isEmpty()) {
            out.add(new Inline.Text(title));
        }
        StringBuilder tail = new StringBuilder();
        if (c.get("language") != null) {
            tail.append(" (").append(c.get("language")).append(')');
        }
        tail.append('.');
        out.add(new Inline.Text(tail.toString()));
        for (String k : List.of("work", "publisher", "date")) {
            if (c.get(k) != null) {
                texts.add(c.get(k) + ".");
            }
        }
        if (c.get("pages") != null) {
            texts.add((zh ? "" : "p. ") + c.get("pages") + ".");
        }
        if (c.get("isbn") != null) {
            texts.add("ISBN " + c.get("isbn") + ".");
        }
        if (c.get("doi") != null) {
            texts.add("doi:" + c.get("doi") + ".");
        }
        if (c.get("access_date") != null) {
            texts.add(zh ? "[" + c.get("access_date") + "]." : "Retrieved " + c.get("access_date") + ".");
        }
        for (String t : texts) {
            text(out, t);
        }
        String archive = c.get("archive_url");
        if (archive != null && !archive.isEmpty()) {
            String ad = c.get("archive_date");
            if (zh) {
                out.add(new Inline.Text(" （"));
                out.add(new Inline.ExternalLink(archive, List.of(new Inline.Text("原始内容存档"))));
                out.add(new Inline.Text((ad != null ? "于" + ad : "") + "）."));
            } else {
                out.add(new Inline.Text(" "));
                out.add(new Inline.ExternalLink(archive, List.of(new Inline.Text("Archived"))));
                out.add(new Inline.Text(" from the original" + (ad != null ? " on " + ad : "") + "."));
            }
        }
        return merge(out);
    }

    private static void text(List<Inline> out, String t) {
        out.add(new Inline.Text(out.isEmpty() ? t : " " + t));
    }

    private static List<Inline> merge(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            if (i instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text p) {
                out.set(out.size() - 1, new Inline.Text(p.text() + t.text()));
            } else {
                out.add(i);
            }
        }
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t && t.text().startsWith(" ")) {
            out.set(0, new Inline.Text(t.text().strip()));
        }
        return out;
    }
}
