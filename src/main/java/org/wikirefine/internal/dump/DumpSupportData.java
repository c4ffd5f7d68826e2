package org.wikirefine.internal.dump;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.wikirefine.Page;
import org.wikirefine.SiteInfo;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.site.WikiSyntax;

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

    private final Map<String, String> templateRedirects = new TreeMap<>();
    private final Map<String, String> moduleCGroups = new TreeMap<>();
    private final Map<String, String> templateCGroups = new TreeMap<>();
    private final Map<String, String> conversionTables = new TreeMap<>();
    private final SiteInfo siteInfo;
    private final WikiProfile profile;

    private DumpSupportData(SiteInfo siteInfo, WikiProfile profile) {
        this.siteInfo = siteInfo;
        this.profile = profile;
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
        /** Input bytes covered by a by-index pass, which reads streams outside the source's in-order flow. */
        private volatile long bytesDone;
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
            return s == null ? 0 : Math.max(s.inputBytesConsumed(), bytesDone);
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

    /** Collects from a dump file, scanning all of it, reading titles by the dump's siteinfo profile. */
    public static DumpSupportData collect(Path input, Path index, int threads) throws IOException {
        return collect(input, index, threads, null, new Scan(-1));
    }

    /**
     * Collects from a dump file. With a multistream index only the streams holding Template, Module or MediaWiki
     * pages are decoded; without one the dump is read up to the scan's limit. Damaged streams are skipped (their
     * pages are accounted for by the main run).
     *
     * @param profile reads the titles; null: the dump's siteinfo profile
     */
    public static DumpSupportData collect(Path input, Path index, int threads, WikiProfile profile, Scan scan)
            throws IOException {
        try (DumpSource src = DumpSources.open(input, index, true, threads, false)) {
            return collect(src, profile, scan);
        }
    }

    /**
     * Collects before a run reads its first unit, through the run's own source when it reads by a multistream
     * index: the bytes of the streams decoded here are then kept, within 1/{@link #KEEP_HEAP_SHARE} of the heap, and
     * the run parses them again instead of decoding them a second time. Any other source cannot rewind, so a
     * source of its own reads the file, as {@link #collect(Path, Path, int, WikiProfile, Scan)} does.
     *
     * @param runSource the run's source, not read yet; not closed here
     * @param profile   reads the titles; null: the dump's siteinfo profile
     */
    public static DumpSupportData collectBeforeRun(DumpSource runSource, Path input, Path index, int threads,
                                                   WikiProfile profile, Scan scan) throws IOException {
        if (!(runSource instanceof IndexedSource)) {
            return collect(input, index, threads, profile, scan);
        }
        return collect(runSource, profile, scan, Runtime.getRuntime().maxMemory() / KEEP_HEAP_SHARE);
    }

    /**
     * The pre-pass keeps at most 1/4 of the heap in decoded stream bytes for the run: the run's own working set is
     * a few pages per thread, so even {@code -Xmx1g} leaves it room (docs/dumps.md "One decode per stream").
     */
    static final int KEEP_HEAP_SHARE = 4;

    /** As {@link #collect(DumpSource, WikiProfile, Scan)}, scanning the whole source. */
    public static DumpSupportData collect(DumpSource src, WikiProfile profile) throws IOException {
        return collect(src, profile, new Scan(-1));
    }

    /**
     * Collects from an open source (the caller closes it): with a multistream index only the streams holding
     * Template, Module or MediaWiki pages are decoded, else every unit is read, up to the scan's limit.
     *
     * @param profile reads the titles; null: the source's siteinfo profile
     */
    public static DumpSupportData collect(DumpSource src, WikiProfile profile, Scan scan) throws IOException {
        return collect(src, profile, scan, 0);
    }

    static DumpSupportData collect(DumpSource src, WikiProfile profile, Scan scan, long keepBytes)
            throws IOException {
        scan.source = src;
        try {
            WikiProfile wiki = profile != null ? profile : WikiProfile.fromSiteInfo(src.siteInfo());
            DumpSupportData d = new DumpSupportData(src.siteInfo(), wiki);
            try {
                if (src instanceof IndexedSource is) {
                    d.collectIndexed(is, scan, keepBytes);
                    return d;
                }
                DumpSource.Unit u;
                while (!scan.full() && (u = src.next()) != null) {
                    scan.pages += u.items().size();
                    d.offerAll(u.items());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return d;
        } finally {
            scan.seconds = (System.nanoTime() - scan.t0) / 1e9;
        }
    }

    /**
     * Decodes, on the source's decode threads, the streams up to the scan's limit whose index titles name a
     * Template, Module or MediaWiki page, and offers their pages in stream order, so the result is the same as
     * one stream after the other on this thread (a later page of the same title wins either way).
     */
    private void collectIndexed(IndexedSource is, Scan scan, long keepBytes) throws InterruptedException {
        int n = (int) is.totalUnits();
        // pages a scan has covered once it is past stream i (the limit counts the streams it skips too)
        long[] pagesThrough = new long[n];
        int[] wanted = new int[n];
        int nWanted = 0;
        long pages = 0;
        int visited = 0;
        for (int i = 0; i < n && !(scan.limited() && pages >= scan.limit); i++) {
            visited = i + 1;
            MultistreamIndex.Stream s = is.stream(i);
            pages += s.titles().length;
            pagesThrough[i] = pages;
            if (holdsSupportPages(s)) {
                wanted[nWanted++] = i;
            }
        }
        is.decodeEach(Arrays.copyOf(wanted, nWanted), keepBytes, u -> {
            int i = (int) u.index();
            scan.pages = pagesThrough[i];
            scan.bytesDone = endOf(is, i);
            offerAll(u.items());
        });
        scan.pages = pages;
        scan.bytesDone = visited > 0 ? endOf(is, visited - 1) : 0;
    }

    /** Where stream {@code i} ends in the file: the next stream's offset, or the file's end. */
    private static long endOf(IndexedSource is, int i) {
        return Math.min(is.inputSize(), i + 1 < is.totalUnits() ? is.stream(i + 1).offset() : is.inputSize());
    }

    private boolean holdsSupportPages(MultistreamIndex.Stream s) {
        for (String t : s.titles()) {
            if (relevantNs(nsOf(t, profile))) {
                return true;
            }
        }
        return false;
    }

    private void offerAll(List<DumpItem> items) {
        for (DumpItem it : items) {
            if (it instanceof DumpItem.Ok ok) {
                offer(ok.page());
            }
        }
    }

    /** Collects from pages already in hand (e.g. a {@link org.wikirefine.DumpReader}). */
    public static DumpSupportData collect(Iterable<Page> pages, SiteInfo siteInfo) {
        SiteInfo si = siteInfo == null ? SiteInfo.empty() : siteInfo;
        return collect(pages, si, WikiProfile.fromSiteInfo(si));
    }

    /** As {@link #collect(Iterable, SiteInfo)}, reading titles by {@code profile}. */
    public static DumpSupportData collect(Iterable<Page> pages, SiteInfo siteInfo, WikiProfile profile) {
        DumpSupportData d = new DumpSupportData(siteInfo == null ? SiteInfo.empty() : siteInfo, profile);
        for (Page p : pages) {
            d.offer(p);
        }
        return d;
    }

    private static boolean relevantNs(int ns) {
        return ns == NS_TEMPLATE || ns == NS_MODULE || ns == NS_MEDIAWIKI;
    }

    /** Namespace of an index title, by the dump's profile (its siteinfo names, its language's, English). */
    static int nsOf(String title, WikiProfile profile) {
        return profile.namespaceOf(title).orElse(0);
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
        int ns = p.ns() != 0 ? p.ns() : nsOf(p.title(), profile);
        if (!relevantNs(ns)) {
            return;
        }
        String name = local(p.title()).replace('_', ' ');
        String key = ucfirst(name);
        if (ns == NS_TEMPLATE) {
            String target = p.redirect();
            if (target == null) {
                target = WikiSyntax.of(profile).redirectTarget(p.text());
            }
            if (target != null) {
                int hash = target.indexOf('#');
                target = hash >= 0 ? target.substring(0, hash) : target;
                int tns = nsOf(target.trim(), profile);
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
