package org.wikirefine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.wikirefine.internal.site.BundledWikis;
import org.wikirefine.internal.site.WikiData;

/**
 * The wiki whose conventions a page follows: namespace names and aliases, magic words (redirect keywords,
 * behaviour switches, image options), content language and its conversion variants, the language of citation
 * and date renderings, the article URL. Profiles are data: the bundled ones come from one file,
 * {@code org/wikirefine/wikis.yaml} (zh, en, de, fr, ja, ru, es, hu, bg and where each fact comes from); a dump's
 * {@code <siteinfo>} completes or overrides them ({@link #fromSiteInfo(SiteInfo)}).
 *
 * <p>Immutable and thread-safe. Until version 0.1 this was an enum of two constants; {@link #ZHWIKI} and
 * {@link #ENWIKI} remain, as constants of this class.
 */
public final class WikiProfile implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** zh.wikipedia: Chinese namespace aliases (文件/檔案/File/Image…), {@code #重定向}, zh variant conversion. */
    public static final WikiProfile ZHWIKI = of("zhwiki");
    /** en.wikipedia: English namespace names, citations in the neutral English form, no variant conversion. */
    public static final WikiProfile ENWIKI = of("enwiki");

    /** The wiki's facts: the serial form of a profile. */
    private final WikiData data;
    /** Lower-cased namespace name (spaces for underscores) to namespace id. */
    private final Map<String, Integer> namespaceIds;
    /** The data's hash, computed once: profiles key per-profile caches (parsers, compiled magic words). */
    private final int hash;

    private WikiProfile(WikiData data) {
        this.data = data;
        this.hash = data.hashCode();
        Map<String, Integer> ids = new LinkedHashMap<>();
        data.namespaces().forEach((id, names) -> names.forEach(n -> ids.putIfAbsent(normalise(n), id)));
        this.namespaceIds = Map.copyOf(ids);
    }

    /**
     * A bundled profile by dbname ({@code huwiki}) or language code ({@code hu}).
     *
     * @param name a dbname or language code
     * @return the bundled profile
     * @throws IllegalArgumentException if no bundled wiki has that name; the message lists the known ones
     */
    public static WikiProfile of(String name) {
        Objects.requireNonNull(name, "name");
        return new WikiProfile(BundledWikis.find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown wiki '" + name + "'; bundled: " + String.join(", ", bundled())
                        + " (or give a siteinfo file / a dump with <siteinfo>)")));
    }

    /** {@return the dbnames of the bundled profiles, e.g. {@code [bgwiki, dewiki, enwiki, …]}} */
    public static Set<String> bundled() {
        return BundledWikis.dbnames();
    }

    /**
     * The profile of a dump: the bundled profile of its dbname (or of its dbname's language, {@code hu} for
     * {@code huwikibooks}) with the dump's own namespace names first and its case rule. A dump without a dbname
     * gets {@code fallback} completed by its namespace names.
     *
     * @param siteInfo the dump's siteinfo
     * @param fallback the profile of a dump without dbname
     * @return the dump's profile
     */
    public static WikiProfile fromSiteInfo(SiteInfo siteInfo, WikiProfile fallback) {
        Objects.requireNonNull(siteInfo, "siteInfo");
        Objects.requireNonNull(fallback, "fallback");
        String db = siteInfo.dbname().trim().toLowerCase(Locale.ROOT);
        WikiProfile base = db.isEmpty() ? fallback
                : new WikiProfile(BundledWikis.find(db).orElseGet(() -> BundledWikis.forLanguage(db, languageOf(db))));
        return base.withSiteInfo(siteInfo);
    }

    /**
     * This profile with a dump's siteinfo on top: the dump's namespace names first (its own names and extra
     * namespaces), its case rule and article URL; dbname, language and magic words stay this profile's.
     *
     * @param siteInfo a dump's siteinfo
     * @return the completed profile
     */
    public WikiProfile withSiteInfo(SiteInfo siteInfo) {
        Objects.requireNonNull(siteInfo, "siteInfo");
        WikiData base = data;
        Map<Integer, List<String>> namespaces = new LinkedHashMap<>();
        siteInfo.namespaces().forEach((id, name) -> {
            if (id != 0 && !name.isEmpty()) {
                namespaces.computeIfAbsent(id, k -> new ArrayList<>()).add(name.replace('_', ' '));
            }
        });
        base.namespaces().forEach((id, names) -> names.forEach(n -> {
            List<String> list = namespaces.computeIfAbsent(id, k -> new ArrayList<>());
            if (!list.contains(n)) {
                list.add(n);
            }
        }));
        String url = articleUrlOf(siteInfo.base(), base.url());
        boolean firstLetter = siteInfo.caseMode().isEmpty() ? base.firstLetterCase()
                : "first-letter".equals(siteInfo.caseMode());
        return new WikiProfile(new WikiData(base.dbname(), base.language(), base.citations(),
                base.variants(), url, firstLetter, namespaces, base.magic()));
    }

    /**
     * {@link #fromSiteInfo(SiteInfo, WikiProfile)} falling back to {@link #ZHWIKI} for a dump without dbname.
     *
     * @param siteInfo the dump's siteinfo
     * @return the dump's profile
     */
    public static WikiProfile fromSiteInfo(SiteInfo siteInfo) {
        return fromSiteInfo(siteInfo, ZHWIKI);
    }

    /** {@code huwiki -> hu}, {@code zh_yuewiki -> zh-yue}, {@code dewikibooks -> de}. */
    private static String languageOf(String dbname) {
        int cut = dbname.indexOf("wik");
        return (cut > 0 ? dbname.substring(0, cut) : dbname).replace('_', '-');
    }

    /** {@code https://hu.wikipedia.org/wiki/Kezdőlap -> https://hu.wikipedia.org/wiki/$1}. */
    private static String articleUrlOf(String mainPageUrl, String known) {
        int slash = mainPageUrl.indexOf("/wiki/");
        return slash > 0 ? mainPageUrl.substring(0, slash) + "/wiki/$1" : known;
    }

    /** {@return the dbname, e.g. {@code zhwiki}} */
    public String dbname() {
        return data.dbname();
    }

    /** {@return the content language code, e.g. {@code zh}, {@code hu}} */
    public String language() {
        return data.language();
    }

    /** {@return the variants the content language converts to ({@code zh-hans}, {@code zh-tw}…); empty for all but zh} */
    public List<String> variants() {
        return data.variants();
    }

    /** {@return whether pages of this wiki go through Chinese variant conversion} */
    public boolean convertsVariants() {
        return !data.variants().isEmpty();
    }

    /**
     * The language of our built-in renderings of citations, dates and language names: {@code zh} (zh.wikipedia's
     * style, e.g. {@code （原始内容存档于…）}) or {@code en}, the neutral form used for every other wiki.
     *
     * @return {@code zh} or {@code en}
     */
    public String citationLanguage() {
        return data.citations();
    }

    /**
     * {@return the article path, with {@code $1} where the title goes ({@code https://zh.wikipedia.org/wiki/$1}), or
     * empty when the profile has no URL pattern}
     */
    public String articlePath() {
        return data.url();
    }

    /**
     * The URL of a page, its title encoded as MediaWiki encodes titles in URLs.
     *
     * @param title the page title (a {@code #fragment} is kept)
     * @return the URL, or empty when the profile has no URL pattern or the title is empty
     */
    public String articleUrl(String title) {
        String url = data.url().isEmpty() ? null : org.wikirefine.internal.site.SiteUrls.pageUrl(data.url(), title);
        return url == null ? "" : url;
    }

    /**
     * The namespace id of a name or alias ({@code Kategória -> 14}, case and {@code _} ignored), if any.
     *
     * @param name a namespace name or alias
     * @return its id, or empty
     */
    public OptionalInt namespaceId(String name) {
        Integer id = namespaceIds.get(normalise(name));
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /**
     * The namespace id of a link target's prefix ({@code Fájl:X.jpg -> 6}); empty for main-namespace targets.
     *
     * @param target a link target
     * @return the id of its namespace, or empty
     */
    public OptionalInt namespaceOf(String target) {
        int colon = target.indexOf(':');
        return colon <= 0 ? OptionalInt.empty() : namespaceId(target.substring(0, colon));
    }

    /** {@return the namespace ids the profile names, ascending} */
    public Set<Integer> namespaces() {
        return new java.util.TreeSet<>(data.namespaces().keySet());
    }

    /**
     * The names of a namespace, local name first, then aliases and canonical names; empty if unknown.
     *
     * @param id a namespace id
     * @return its names
     */
    public List<String> namespaceNames(int id) {
        return data.namespaces().getOrDefault(id, List.of());
    }

    /**
     * Whether a link target names a file ({@code File:}, {@code Fájl:}, {@code Media:} and their aliases).
     *
     * @param target a link target
     * @return whether it is in the file or media namespace
     */
    public boolean isFile(String target) {
        OptionalInt ns = namespaceOf(target);
        return ns.isPresent() && (ns.getAsInt() == 6 || ns.getAsInt() == -2);
    }

    /**
     * Whether a link target names a category ({@code Category:}, {@code Kategorie:}, {@code 分类:}…).
     *
     * @param target a link target
     * @return whether it is in the category namespace
     */
    public boolean isCategory(String target) {
        OptionalInt ns = namespaceOf(target);
        return ns.isPresent() && ns.getAsInt() == 14;
    }

    /**
     * The spellings of a MediaWiki magic word by its id ({@code redirect}, {@code notoc}, {@code img_thumbnail},
     * {@code defaultsort}…), the wiki's own first, English last; empty if unknown.
     *
     * @param id a magic word id
     * @return its spellings
     */
    public List<String> magicWords(String id) {
        return data.magic().getOrDefault(id, List.of());
    }

    /** {@return the magic-word ids the profile knows, in file order} */
    public Set<String> magicWordIds() {
        return data.magic().keySet();
    }

    /** {@return whether page titles ignore the case of their first letter (siteinfo {@code first-letter})} */
    public boolean firstLetterCase() {
        return data.firstLetterCase();
    }

    /** {@return the profile's name for messages: its dbname, or its language} */
    public String name() {
        return data.dbname().isEmpty() ? data.language() : data.dbname();
    }

    private static String normalise(String name) {
        return org.wikirefine.internal.Whitespace.collapse(name.replace('_', ' ')).toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof WikiProfile p && p.hash == hash && p.data.equals(data);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return name();
    }
}
