package org.wikirefine.internal.dump;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wikirefine.Page;
import org.wikirefine.SiteInfo;

/**
 * Wiki-specific support data found in the dump itself, which is the truth for its own revision: template
 * redirects (aliases), conversion groups ({@code Module:CGroup/*}, {@code Template:CGroup/*}) and the site-wide
 * conversion tables ({@code MediaWiki:Conversiontable/zh-*}). Only collected and exposed here, as raw text keyed
 * by the title without its namespace prefix; turning them into template aliases and conversion rules is for
 * the template and conversion stages.
 */
public final class DumpSupportData {

    public static final int NS_MEDIAWIKI = 8;
    public static final int NS_TEMPLATE = 10;
    public static final int NS_MODULE = 828;

    private static final Pattern REDIRECT =
            Pattern.compile("^\\s*#(?:REDIRECT|重定向)\\s*:?\\s*\\[\\[([^\\]|#\\n]+)", Pattern.CASE_INSENSITIVE);

    private final Map<String, String> templateRedirects = new TreeMap<>();
    private final Map<String, String> moduleCGroups = new TreeMap<>();
    private final Map<String, String> templateCGroups = new TreeMap<>();
    private final Map<String, String> conversionTables = new TreeMap<>();
    private final SiteInfo siteInfo;

    private DumpSupportData(SiteInfo siteInfo) {
        this.siteInfo = siteInfo;
    }

    /** Template alias (name without prefix) to target template name (without prefix), e.g. {@code Cite Web -> Cite web}. */
    public Map<String, String> templateRedirects() {
        return Collections.unmodifiableMap(templateRedirects);
    }

    /** {@code CGroup/IT -> raw Lua} from the Module namespace. */
    public Map<String, String> moduleCGroups() {
        return Collections.unmodifiableMap(moduleCGroups);
    }

    /** {@code CGroup/IT -> raw wikitext} from the Template namespace (older groups). */
    public Map<String, String> templateCGroups() {
        return Collections.unmodifiableMap(templateCGroups);
    }

    /** {@code Conversiontable/zh-hans -> raw wikitext}. */
    public Map<String, String> conversionTables() {
        return Collections.unmodifiableMap(conversionTables);
    }

    public SiteInfo siteInfo() {
        return siteInfo;
    }

    public boolean isEmpty() {
        return templateRedirects.isEmpty() && moduleCGroups.isEmpty() && templateCGroups.isEmpty()
                && conversionTables.isEmpty();
    }

    /**
     * What a collection pass did, readable while it runs (for progress) and after (for the summary). With a
     * limit, only the stretch of the dump that a {@code --limit} run reads is scanned.
     */
    public static final class Scan {
        private final long limit;
        private final long t0 = System.nanoTime();
        private volatile long pages;
        private volatile DumpSource source;
        private volatile double seconds = -1;

        /** @param limit pages to scan at most (whole streams by index), or -1 for the whole dump */
        public Scan(long limit) {
            this.limit = limit;
        }

        public long pages() {
            return pages;
        }

        /** Input bytes consumed so far (a pass has no read-ahead queue, so this is work done). */
        public long inputBytes() {
            DumpSource s = source;
            return s == null ? 0 : s.inputBytesConsumed();
        }

        /** Seconds the pass took, or -1 while it runs. */
        public double seconds() {
            return seconds;
        }

        public boolean limited() {
            return limit >= 0;
        }

        boolean full() {
            return limit >= 0 && pages >= limit;
        }
    }

    /** Collects from a dump file, scanning all of it. */
    public static DumpSupportData collect(Path input, Path index, int threads) throws IOException {
        return collect(input, index, threads, new Scan(-1));
    }

    /**
     * Collects from a dump file. With a multistream index only the streams holding Template, Module or MediaWiki
     * pages are decoded; without one the dump is read up to the scan's limit. Damaged streams are skipped (their
     * pages are accounted for by the main run).
     */
    public static DumpSupportData collect(Path input, Path index, int threads, Scan scan) throws IOException {
        try (DumpSource src = DumpSources.open(input, index, true, threads, false)) {
            scan.source = src;
            DumpSupportData d = new DumpSupportData(src.siteInfo());
            if (src instanceof IndexedSource is) {
                for (int i = 0; i < is.totalUnits() && !scan.full(); i++) {
                    MultistreamIndex.Stream s = is.stream(i);
                    scan.pages += s.titles().length;
                    boolean wanted = false;
                    for (String t : s.titles()) {
                        wanted |= relevantNs(nsOf(t, d.siteInfo));
                    }
                    if (wanted) {
                        for (DumpItem it : is.decodeOne(i).items()) {
                            if (it instanceof DumpItem.Ok ok) {
                                d.offer(ok.page());
                            }
                        }
                    }
                }
            } else {
                DumpSource.Unit u;
                try {
                    while (!scan.full() && (u = src.next()) != null) {
                        for (DumpItem it : u.items()) {
                            scan.pages++;
                            if (it instanceof DumpItem.Ok ok) {
                                d.offer(ok.page());
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return d;
        } finally {
            scan.seconds = (System.nanoTime() - scan.t0) / 1e9;
        }
    }

    /** Collects from pages already in hand (e.g. a {@link org.wikirefine.DumpReader}). */
    public static DumpSupportData collect(Iterable<Page> pages, SiteInfo siteInfo) {
        DumpSupportData d = new DumpSupportData(siteInfo == null ? SiteInfo.empty() : siteInfo);
        for (Page p : pages) {
            d.offer(p);
        }
        return d;
    }

    private static boolean relevantNs(int ns) {
        return ns == NS_TEMPLATE || ns == NS_MODULE || ns == NS_MEDIAWIKI;
    }

    /** Namespace of an index title: the dump's local names first, then the canonical English ones. */
    static int nsOf(String title, SiteInfo si) {
        int ns = si.namespaceOf(title);
        if (ns != 0) {
            return ns;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        if (lower.startsWith("template:")) {
            return NS_TEMPLATE;
        }
        if (lower.startsWith("module:")) {
            return NS_MODULE;
        }
        if (lower.startsWith("mediawiki:")) {
            return NS_MEDIAWIKI;
        }
        return 0;
    }

    private static String local(String title) {
        int c = title.indexOf(':');
        return c >= 0 ? title.substring(c + 1).trim() : title.trim();
    }

    private static String ucfirst(String s) {
        return s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                + s.substring(s.offsetByCodePoints(0, 1));
    }

    void offer(Page p) {
        int ns = p.ns() != 0 ? p.ns() : nsOf(p.title(), siteInfo);
        if (!relevantNs(ns)) {
            return;
        }
        String name = local(p.title()).replace('_', ' ');
        String key = ucfirst(name);
        if (ns == NS_TEMPLATE) {
            String target = p.redirect();
            if (target == null) {
                Matcher m = REDIRECT.matcher(p.text());
                if (m.find()) {
                    target = m.group(1);
                }
            }
            if (target != null) {
                int tns = nsOf(target.trim(), siteInfo);
                // only redirects to another template are aliases; a redirect to an article is not
                if (tns == NS_TEMPLATE) {
                    templateRedirects.put(key, ucfirst(local(target).replace('_', ' ')));
                }
                return;
            }
            if (key.startsWith("CGroup/")) {
                templateCGroups.put(key, p.text());
            }
        } else if (ns == NS_MODULE) {
            if (key.startsWith("CGroup/") && p.redirect() == null) {
                moduleCGroups.put(key, p.text());
            }
        } else if (key.toLowerCase(Locale.ROOT).startsWith("conversiontable/zh")) {
            conversionTables.put(key, p.text());
        }
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add(templateRedirects.size() + " template redirects");
        parts.add(moduleCGroups.size() + " Module:CGroup pages");
        parts.add(templateCGroups.size() + " Template:CGroup pages");
        parts.add(conversionTables.size() + " conversion tables");
        return String.join(", ", parts);
    }
}
