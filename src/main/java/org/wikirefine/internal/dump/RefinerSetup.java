package org.wikirefine.internal.dump;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.wikirefine.BaseConversion;
import org.wikirefine.ParserEngine;
import org.wikirefine.SiteInfo;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;
import org.wikirefine.internal.site.ProfileOption;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Everything a dump run's refiner is made of, in one serialisable value that the CLI builds once and the Spark
 * job ships to its executors: the wiki's profile (chosen from {@code --profile} and the dump's siteinfo), template
 * rule files, the base conversion table, and the dump's own site data (template redirects, conversion groups,
 * conversion tables). {@link #build()} is the one place a dump refiner is constructed, so the CLI and Spark give
 * byte-identical records; {@link #describe(ObjectNode)} is what both manifests say about it.
 */
public final class RefinerSetup implements Serializable {

    private static final long serialVersionUID = 1L;

    private final WikiProfile profile;
    private final List<String> templateRules;
    private final String conversionTable;
    private final TreeMap<String, String> templateRedirects;
    private final TreeMap<String, String> moduleGroups;
    private final TreeMap<String, String> templateGroups;
    private final TreeMap<String, String> conversionTables;
    /** The wikitext parser, or null for the refiner's default. */
    private final ParserEngine parser;
    private final String cacheKey;

    private RefinerSetup(WikiProfile profile, List<String> templateRules, String conversionTable,
                         DumpSupportData site, ParserEngine parser) {
        this.profile = profile;
        this.parser = parser;
        this.templateRules = List.copyOf(templateRules);
        this.conversionTable = conversionTable;
        this.templateRedirects = new TreeMap<>(site == null ? Map.of() : site.templateRedirects());
        this.moduleGroups = new TreeMap<>(site == null ? Map.of() : site.moduleCGroups());
        this.templateGroups = new TreeMap<>(site == null ? Map.of() : site.templateCGroups());
        this.conversionTables = new TreeMap<>(site == null ? Map.of() : site.conversionTables());
        this.cacheKey = List.of(profile.hashCode(), profile.name(), this.templateRules, String.valueOf(conversionTable),
                templateRedirects.hashCode(), moduleGroups.hashCode(), templateGroups.hashCode(),
                conversionTables.hashCode(), String.valueOf(parser)).toString();
    }

    /**
     * A setup.
     *
     * @param profile         the wiki (see {@link #profile(String, SiteInfo)})
     * @param templateRules   extra rule files, in order
     * @param conversionTable MediaWiki's {@code ZhConversion.php} as base conversion, or null for OpenCC
     * @param site            the dump's own support pages, or null to use none
     */
    public static RefinerSetup of(WikiProfile profile, List<String> templateRules, String conversionTable,
                                  DumpSupportData site) {
        return of(profile, templateRules, conversionTable, site, null);
    }

    /**
     * A setup with a chosen wikitext parser.
     *
     * @param parser the engine, or null for the refiner's default
     * @see #of(WikiProfile, List, String, DumpSupportData)
     */
    public static RefinerSetup of(WikiProfile profile, List<String> templateRules, String conversionTable,
                                  DumpSupportData site, ParserEngine parser) {
        return new RefinerSetup(Objects.requireNonNull(profile, "profile"), templateRules, conversionTable, site,
                parser);
    }

    /**
     * The wiki of a dump: {@code --profile} (a dbname, language or siteinfo file) completed by the dump's own
     * siteinfo, or, without {@code --profile}, the dump's siteinfo (its dbname's bundled profile; zhwiki for a dump
     * without a dbname, as before profiles were data).
     *
     * @throws IllegalArgumentException for an unknown wiki or unreadable siteinfo file
     */
    public static WikiProfile profile(String option, SiteInfo dumpSiteInfo) {
        if (option == null || option.isBlank()) {
            return WikiProfile.fromSiteInfo(dumpSiteInfo);
        }
        return ProfileOption.resolve(option).withSiteInfo(dumpSiteInfo);
    }

    public WikiProfile profile() {
        return profile;
    }

    /** {@return the base tables the refiner converts with: OpenCC's, or the MediaWiki table file given} */
    public BaseConversion baseConversion() {
        return conversionTable == null ? BaseConversion.openCc() : BaseConversion.mediaWikiTable(Path.of(conversionTable));
    }

    /**
     * The refiner's wall-clock parse limit in dump runs: a last resort only. What a page may cost is decided by the
     * work budget (characters parsed, converted and written: {@code WorkBudget}), which gives the same answer on
     * every run; the library's 10 s default, under a loaded machine, timed out pages the work budget allowed
     * (measured with src/bench/kill-resume.sh: pages of 110-140 k characters nested 40 deep got PARSE_TIMEOUT in
     * one run and rendered in the next, so output and --resume were not byte-identical). The work budget allows
     * at most a few seconds of parsing on an idle core, so this leaves more than tenfold headroom for load.
     */
    static final java.time.Duration LAST_RESORT_PARSE_TIME = java.time.Duration.ofSeconds(100);

    /** The refiner. Configuration problems (a bad rule file, an unreadable table) throw here, before any page. */
    public WikiRefiner build() {
        WikiRefiner.Builder b = WikiRefiner.builder().profile(profile).timeBudget(LAST_RESORT_PARSE_TIME);
        if (parser != null) {
            b.parser(parser);
        }
        templateRules.forEach(r -> b.templateRules(Path.of(r)));
        b.baseConversion(baseConversion());
        b.templateRedirects(templateRedirects);
        // the builder's public form takes page names; the namespace is that of the source kind
        Map<String, String> groups = new LinkedHashMap<>();
        templateGroups.forEach((k, v) -> groups.put("Template:" + k, v));
        moduleGroups.forEach((k, v) -> groups.put("Module:" + k, v));
        b.conversionGroupPages(groups);
        b.conversionTablePages(conversionTables);
        return b.build();
    }

    /** A key that is equal exactly for setups that build equal refiners (Spark's per-JVM refiner cache). */
    public String cacheKey() {
        return cacheKey;
    }

    /** What the manifest records about the refiner: the wiki, the base conversion, the site data used. */
    public void describe(ObjectNode manifest) {
        ObjectNode wiki = manifest.putObject("wiki");
        wiki.put("dbname", profile.dbname());
        wiki.put("language", profile.language());
        wiki.put("converts_variants", profile.convertsVariants());
        manifest.put("base_conversion", DumpManifest.baseConversion(conversionTable));
        if (parser != null) {
            manifest.put("parser", parser.name().toLowerCase(java.util.Locale.ROOT));
        }
        ObjectNode site = manifest.putObject("site_data");
        site.put("template_redirects", templateRedirects.size());
        site.put("conversion_groups", moduleGroups.size() + templateGroups.size());
        site.put("conversion_tables", conversionTables.size());
    }
}
