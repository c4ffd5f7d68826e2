package org.wikirefine.internal.dump;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.wikirefine.Variant;

import picocli.CommandLine.Option;

/**
 * The options every dump runner shares, as one picocli mixin: {@code wikirefine dump} and the Spark job read the
 * same flags with the same meaning and validation. Accessors throw {@link IllegalArgumentException} with a message
 * for the user.
 */
public final class DumpOptions {

    @Option(names = "--variant", paramLabel = "V", split = ",",
            description = "Variant(s) to render, comma-separated or repeated (each page is parsed once). "
                    + "Default: zh (unconverted)."
                    + " Wikis other than zh have no variants: their pages are rendered once, as written.")
    List<String> variants = new ArrayList<>();

    @Option(names = "--parser", paramLabel = "native|sweble", description = ParserOption.DESCRIPTION)
    String parser;

    @Option(names = "--ns", paramLabel = "NS[,NS...]", hideParamSyntax = true, split = ",", defaultValue = "0",
            description = "Namespaces to keep, comma-separated, or 'all'. Default: ${DEFAULT-VALUE}.")
    List<String> namespaces = new ArrayList<>(List.of("0"));

    @Option(names = "--redirects", defaultValue = "skip", paramLabel = "skip|keep",
            description = "Skip redirects (counted as filtered) or keep them as redirect records. Default: ${DEFAULT-VALUE}.")
    String redirects = "skip";

    @Option(names = "--template-rules", paramLabel = "FILE", description = "Extra template rule file (repeatable).")
    List<String> templateRules = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "WIKI|FILE",
            description = "The dump's wiki when its siteinfo is missing or to override it: a dbname or language"
                    + " (zhwiki, enwiki, dewiki, frwiki, jawiki, ruwiki, eswiki, huwiki, bgwiki) or a siteinfo XML file."
                    + " Default: from the dump's <siteinfo>.")
    String profile;

    @Option(names = "--conversion-table", paramLabel = "FILE",
            description = "MediaWiki's ZhConversion.php as the base of zh variant conversion (never bundled: GPL;"
                    + " Debian's mediawiki package has /usr/share/mediawiki/includes/languages/data/ZhConversion.php)."
                    + " Default: OpenCC.")
    String conversionTable;

    @Option(names = "--no-site-data", description = "Do not read the dump's own template redirects, conversion groups "
            + "and conversion tables (saves the pre-pass over the Template, Module and MediaWiki namespaces).")
    boolean noSiteData;

    @Option(names = "--page-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Wall-clock budget per page before it becomes a TIMEOUT error. Default: ${DEFAULT-VALUE}.")
    double pageTimeout = 120;

    /** The variants asked for, in order, without repeats; {@code [zh]} if none. */
    public List<Variant> variants() {
        List<Variant> vs = new ArrayList<>();
        for (String v : variants) {
            vs.add(Variant.fromCode(v).orElseThrow(() -> new IllegalArgumentException("unknown variant '" + v + "'")));
        }
        if (vs.isEmpty()) {
            vs.add(Variant.ZH);
        }
        return new ArrayList<>(new LinkedHashSet<>(vs));
    }

    /** The namespaces to keep, or null for all. */
    public Set<Integer> namespaces() {
        if (namespaces.size() == 1 && ("all".equalsIgnoreCase(namespaces.get(0).trim())
                || "*".equals(namespaces.get(0).trim()))) {
            return null;
        }
        Set<Integer> ns = new TreeSet<>();
        for (String s : namespaces) {
            try {
                ns.add(Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--ns takes namespace numbers or 'all', not '" + s + "'");
            }
        }
        return ns;
    }

    public boolean keepRedirects() {
        return switch (redirects.toLowerCase(Locale.ROOT)) {
            case "skip" -> false;
            case "keep" -> true;
            default -> throw new IllegalArgumentException("--redirects takes skip or keep");
        };
    }

    public List<String> templateRules() {
        return List.copyOf(templateRules);
    }

    /** The --profile value, or null to take the dump's siteinfo. */
    public String profile() {
        return profile;
    }

    /** The --parser engine, or null for the refiner's default; an unknown name throws IllegalArgumentException. */
    public org.wikirefine.ParserEngine parserEngine() {
        return ParserOption.engine(parser);
    }

    /** The --conversion-table file, or null for OpenCC. */
    public String conversionTable() {
        return conversionTable;
    }

    public boolean siteData() {
        return !noSiteData;
    }

    public double pageTimeout() {
        if (pageTimeout <= 0) {
            throw new IllegalArgumentException("--page-timeout must be positive");
        }
        return pageTimeout;
    }

    /**
     * The variants a wiki renders: as asked for a zh wiki; one unconverted rendering for every other wiki (its
     * records carry its language, never a zh variant).
     */
    public static List<Variant> forWiki(List<Variant> asked, boolean convertsVariants) {
        return convertsVariants ? asked : List.of(Variant.ZH);
    }
}
