package org.wikirefine.internal.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wikirefine.BaseConversion;
import org.wikirefine.Variant;

/**
 * The base (page-independent) conversion table of each variant, as one leftmost-longest {@link CharTrie}.
 * Loaded lazily per variant and once per JVM per base ({@link #of(BaseConversion)} is a static holder), because
 * building the OpenCC tables costs tens of milliseconds per variant and every session shares them.
 *
 * <p>Like MediaWiki, each variant does a single pass over one merged table (no chaining): zh-cn/sg/my share one
 * table, zh-hk/mo share one, zh has none. How the tables are composed is documented in docs/conversion.md.
 */
final class BaseTables {

    private static final Map<Object, BaseTables> CACHE = new ConcurrentHashMap<>();
    private static final CharTrie EMPTY = new CharTrie(false);

    /** Table groups: variants that MediaWiki gives the same table. */
    enum Group { HANS, HANT, CN, TW, HK }

    /** Built tables by group ordinal; written once under the lock, read lock-free (volatile array slots). */
    private final java.util.concurrent.atomic.AtomicReferenceArray<CharTrie> tables =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(Group.values().length);
    private final Source source;
    private final SiteConversionTables site;
    /** Per-variant tables when site tables are present (they break the sharing of zh-sg/zh-my and zh-mo). */
    private final java.util.concurrent.atomic.AtomicReferenceArray<CharTrie> perVariant =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(Variant.values().length);

    /** Tables over an explicit source (measurement tools; not cached). */
    static BaseTables forSource(Source source) {
        return new BaseTables(source);
    }

    private BaseTables(Source source) {
        this(source, SiteConversionTables.none());
    }

    private BaseTables(Source source, SiteConversionTables site) {
        this.source = source;
        this.site = site;
    }

    static BaseTables of(BaseConversion base) {
        return of(base, SiteConversionTables.none());
    }

    /**
     * The tables for a base plus a wiki's {@code MediaWiki:Conversiontable/zh-*} pages, once per JVM per pair. Site
     * pairs override base pairs: {@code zh-hans}/{@code zh-hant} pages apply to their region variants too, and a
     * region page (e.g. zh-tw) applies last. (MediaWiki lets a region table's own base entries win over the
     * script page; the difference only shows when both define the same key.)
     */
    static BaseTables of(BaseConversion base, SiteConversionTables site) {
        Object baseKey = base.mediaWikiTableFile().map(p -> (Object) p.toAbsolutePath().normalize()).orElse("opencc");
        Object key = site.isEmpty() ? baseKey : java.util.List.of(baseKey, site);
        if (!site.isEmpty()) {
            // the base part is shared with the site-less tables (the same Source instance, so its caches too)
            BaseTables plain = of(base);
            return CACHE.computeIfAbsent(key, k -> new BaseTables(plain.source, site));
        }
        return CACHE.computeIfAbsent(key, k -> new BaseTables(
                base.mediaWikiTableFile().isPresent() ? new MediaWikiPhpSource(base.mediaWikiTableFile().get())
                        : new OpenCcSource()));
    }

    static Group group(Variant v) {
        switch (v) {
            case ZH_HANS: return Group.HANS;
            case ZH_HANT: return Group.HANT;
            case ZH_CN:
            case ZH_SG:
            case ZH_MY: return Group.CN;
            case ZH_TW: return Group.TW;
            case ZH_HK:
            case ZH_MO: return Group.HK;
            default: return null;
        }
    }

    /** The table for a variant; an empty table for {@code zh}. */
    CharTrie table(Variant v) {
        Group g = group(v);
        if (g == null) {
            return EMPTY;
        }
        if (!site.isEmpty()) {
            return siteTable(v, g);
        }
        CharTrie t = tables.get(g.ordinal());
        if (t != null) {
            return t;
        }
        synchronized (this) {
            t = tables.get(g.ordinal());
            if (t == null) {
                t = CharTrie.of(source.build(g));
                tables.set(g.ordinal(), t);
            }
            return t;
        }
    }

    private CharTrie siteTable(Variant v, Group g) {
        CharTrie t = perVariant.get(v.ordinal());
        if (t != null) {
            return t;
        }
        synchronized (this) {
            t = perVariant.get(v.ordinal());
            if (t == null) {
                Map<String, String> m;
                synchronized (source) {
                    m = new HashMap<>(source.build(g));
                }
                Variant script = g == Group.HANS || g == Group.CN ? Variant.ZH_HANS : Variant.ZH_HANT;
                m.putAll(site.pairs(script));
                if (v != script) {
                    m.putAll(site.pairs(v));
                }
                t = CharTrie.of(m);
                perVariant.set(v.ordinal(), t);
            }
            return t;
        }
    }

    /** Where pairs come from. */
    interface Source {
        Map<String, String> build(Group g);
    }

    // ---------------------------------------------------------------------------------------------------
    // OpenCC dictionaries bundled in the OpenCC4j jar (Apache-2.0)

    /**
     * Builds MediaWiki-like tables from OpenCC's dictionaries. OpenCC chains conversions (s2t, then TW or HK
     * glyph variants); MediaWiki does one pass over one table, so the chain is composed here: every s2t
     * value is rewritten with the glyph table, and the glyph table's own keys are added so that already
     * traditional input also gets the regional glyphs.
     */
    static final class OpenCcSource implements Source {
        private static final String DIR = "data/dictionary/";
        /**
         * Composition switches, for measuring alternatives against MediaWiki (docs/conversion.md). {@code cnFromTw}
         * (Taiwan phrases read backwards as a mainland table) is off by default: it rewrites ordinary mainland
         * vocabulary (程序→进程, 文件→文档) that MediaWiki's zh-cn leaves alone.
         */
        final boolean twPhrases;
        final boolean twGlyphs;
        final boolean hkVariants;
        final boolean cnFromTw;

        OpenCcSource() {
            this(true, true, false, false);
        }

        OpenCcSource(boolean twPhrases, boolean twGlyphs, boolean hkVariants, boolean cnFromTw) {
            this.twPhrases = twPhrases;
            this.twGlyphs = twGlyphs;
            this.hkVariants = hkVariants;
            this.cnFromTw = cnFromTw;
        }
        private Map<String, String> st;
        private Map<String, List<String>> stChars;
        private Map<Group, Map<String, String>> choices;

        /** Measured adjustments toward MediaWiki (on unless a measurement tool turns them off). */
        boolean mwChoices = true;
        /** The measured single-character choices file (opencc-mw-choices.tsv). */
        boolean charChoices = true;
        /**
         * Taiwan words read backwards into zh-cn, only where the Taiwan spelling holds a character Simplified text
         * never uses ({@link TaiwanWordsForMainland}). Off: measured worse (docs/conversion.md §3.4) — the entries
         * MediaWiki's zh-cn shares are already choices, so the route only adds ones it does not (核取方塊 → 复选框).
         */
        boolean twWordsForCn = false;
        /** cn-traditional-words.tsv (帳號 → 账号); off only to measure what it brings. */
        boolean cnTraditionalWords = true;
        /** cn-variant-words.tsv (部份 → 部分); off only to measure what it brings. */
        boolean cnVariantWords = true;
        /** tw-words.tsv, Taiwan words OpenCC lacks (報導); off only to measure what it brings. */
        boolean twWords = true;
        /** Taiwan words folded into longer s2t phrases ({@link PhraseFolding}); off only to measure it. */
        boolean foldTwWords = true;

        @Override
        public synchronized Map<String, String> build(Group g) {
            Map<String, String> m = buildRaw(g);
            if (mwChoices && charChoices) {
                m.putAll(choices().getOrDefault(g, Map.of()));
            }
            if (mwChoices && g == Group.HK) {
                particleZhe(m);
            }
            return m;
        }

        /** opencc-mw-choices.tsv by group, read once (it serves every group's build). */
        private Map<Group, Map<String, String>> choices() {
            if (choices == null) {
                Map<Group, Map<String, String>> byGroup = new java.util.EnumMap<>(Group.class);
                readResource("opencc-mw-choices.tsv", line -> {
                    String[] f = line.split("\t");
                    if (f.length != 3) {
                        throw new IllegalStateException("opencc-mw-choices.tsv: bad line " + line);
                    }
                    byGroup.computeIfAbsent(Group.valueOf(f[0]), k -> new HashMap<>()).put(f[1], f[2]);
                });
                choices = byGroup;
            }
            return choices;
        }

        private Map<String, String> buildRaw(Group g) {
            switch (g) {
                case HANS:
                    return hans();
                case CN: {
                    // OpenCC has no mainland vocabulary table; MediaWiki's zh-cn = CN table + HANS table.
                    // Taiwan phrases read backwards (軟體 -> 软件) only when a measurement asks for it.
                    Map<String, String> m = hans();
                    if (cnFromTw) {
                        for (Map.Entry<String, String> e : read("TWPhrases.txt").entrySet()) {
                            m.putIfAbsent(e.getValue(), e.getKey());
                        }
                    } else if (twWordsForCn) {
                        Map<String, String> glyph = twGlyphs();
                        TraditionalOnly traditional = traditionalOnly();
                        m.putAll(TaiwanWordsForMainland.pairs(read("TWPhrases.txt"), w -> applyChars(w, glyph),
                                traditional));
                    }
                    if (!cnFromTw && cnTraditionalWords) {
                        m.putAll(traditionalWordsForMainland());
                    }
                    if (!cnFromTw && cnVariantWords) {
                        m.putAll(variantWordsForMainland());
                        m.putAll(particleVerbsForMainland());
                    }
                    return m;
                }
                case HANT:
                    return hant();
                case TW:
                    return tw();
                case HK: {
                    // MediaWiki's zh-hk is HK ∪ HANT: Taiwan-leaning glyphs (為, 啟) except that 裏 stays 裏
                    // (LanguageZhTest: 一地里 → 一地裏). OpenCC's HKVariants (說→説, 敘→敍) move away from it.
                    Map<String, String> m = hkVariants ? compose(st(), read("HKVariants.txt")) : hantLike(false, false);
                    if (mwChoices) {
                        m.put("裡", "裏");  // MediaWiki's zh-hk writes 裏 also for a written 裡 (這裡 → 這裏), measured
                    }
                    hantContexts(m);
                    return m;
                }
                default:
                    throw new IllegalArgumentException(g.toString());
            }
        }

        /**
         * HANT plus Taiwan words: the TWPhrases entries MediaWiki's zh-tw also produces (opencc-tw-phrases-mw.txt),
         * keyed by their Simplified and Traditional spellings (MediaWiki's TW table has both: no chaining), and
         * tw-words.tsv, keyed by the Simplified spelling only (MediaWiki's zh-tw leaves a written 報道 alone); all
         * folded into the longer s2t phrases that contain them (据报道 → 據報導).
         */
        private Map<String, String> tw() {
            Map<String, String> glyph = twGlyphs();
            Map<String, String> m = hantLike(true, true);
            hantContexts(m);
            Map<String, String> byTraditional = new HashMap<>();
            openCcTwPhrases().forEach((simplified, taiwan) -> {
                String v = applyChars(taiwan, glyph);
                String traditional = applyChars(convertSt(simplified), glyph);
                m.put(simplified, v);
                m.putIfAbsent(traditional, v);
                byTraditional.putIfAbsent(traditional, v);
            });
            if (mwChoices && twWords) {
                readPairs("tw-words.tsv").forEach((simplified, taiwan) -> {
                    m.put(simplified, taiwan);
                    byTraditional.put(applyChars(convertSt(simplified), glyph), taiwan);
                });
            }
            if (mwChoices && foldTwWords) {
                PhraseFolding.rewriteValues(m, byTraditional);
            }
            // Single-glyph fixes of MediaWiki's ZH_TO_TW table (conversion-semantics.md 4.1, 4.2).
            m.put("着", "著");
            return m;
        }

        /** OpenCC's TWPhrases (Simplified → Taiwan), only the entries MediaWiki's zh-tw also produces unless measuring. */
        private Map<String, String> openCcTwPhrases() {
            if (!twPhrases) {
                return Map.of();
            }
            java.util.Set<String> keep = new java.util.HashSet<>();
            readResource("opencc-tw-phrases-mw.txt", keep::add);
            Map<String, String> words = new LinkedHashMap<>();
            read("TWPhrases.txt").forEach((k, v) -> {
                if (!mwChoices || keep.contains(k)) {
                    words.put(k, v);
                }
            });
            return words;
        }

        TraditionalOnly traditionalOnly() {
            return TraditionalOnly.of(readAll("TSCharacters.txt"), readAll("TSPhrases.txt"), readAll("STCharacters.txt"));
        }

        /**
         * cn-traditional-words.tsv: mainland spellings of Traditional words whose character splits by meaning in
         * Simplified (帳號 → 账号, not OpenCC's 帐号). Every key holds a character Simplified text never uses, so that
         * Simplified input is never touched (checked by RegionalWordsTest, not at run time: it costs a third read of
         * OpenCC's character tables).
         */
        private static Map<String, String> traditionalWordsForMainland() {
            return readPairs("cn-traditional-words.tsv");
        }

        /** cn-variant-words.tsv: the mainland spelling of variant words (部份 → 部分), whatever the input's script. */
        private static Map<String, String> variantWordsForMainland() {
            return readPairs("cn-variant-words.tsv");
        }

        /**
         * cn-particle-verbs.txt: X著 → X着 for verbs spelt alike in both scripts, and X followed by a word where 著 is
         * not the particle (著名, 著作 …) kept as it is, so that the shorter key does not cut it.
         */
        private static Map<String, String> particleVerbsForMainland() {
            Map<String, String> zhuWords = Map.of("著名", "著名", "著作", "著作", "著称", "著称", "著稱", "著称",
                    "著述", "著述", "著书", "著书", "著書", "著书");
            Map<String, String> m = new HashMap<>();
            readResource("cn-particle-verbs.txt", verb -> {
                m.put(verb + "著", verb + "着");
                zhuWords.forEach((w, simplified) -> m.put(verb + w, verb + simplified));
            });
            return m;
        }

        /** One of our {@code key TAB value} resources. */
        private static Map<String, String> readPairs(String name) {
            Map<String, String> m = new LinkedHashMap<>();
            readResource(name, line -> {
                String[] f = line.split("\\t");
                if (f.length != 2) {
                    throw new IllegalStateException(name + ": bad line " + line);
                }
                m.put(f[0], f[1]);
            });
            return m;
        }

        /**
         * Taiwan text writes the aspect particle 着 as 著 (OpenCC's TWVariants: 着→著); zh-hk writes 着 (有著 →
         * 有着, 隨著 → 隨着). OpenCC reads that variant backwards by default, keeping 著 only in the words of its
         * TWVariantsRevPhrases list (著名, 顯著, 著作 …); those words are entries of opencc-mw-choices.tsv, chosen by
         * the probe like every other entry (docs/conversion.md §3.4). Not for zh-cn: there 著 is also an ordinary
         * Simplified character (他著有 stays), and zh-cn must leave Simplified text as MediaWiki does.
         */
        private static void particleZhe(Map<String, String> m) {
            m.put("著", m.getOrDefault("着", "着"));
        }

        private Map<String, String> hans() {
            Map<String, String> m = new HashMap<>(read("TSCharacters.txt"));
            m.putAll(read("TSPhrases.txt"));
            hansQuotes(m);
            return m;
        }

        private Map<String, String> hant() {
            Map<String, String> m = hantLike(true, true);
            hantContexts(m);
            return m;
        }

        /**
         * s2t composed with Taiwan glyphs. Values are rewritten with the glyph table plus 佔→占 and 臺→台 (MediaWiki
         * keeps 占 and 台 where OpenCC's phrases write 佔 and 臺); glyph keys are also added for text that is
         * already traditional, except 裏 (MediaWiki leaves a written 裏 alone). {@code li}: rewrite 裏→裡 in values;
         * {@code zhan}: rewrite 佔→占 in values (zh-hk keeps 佔).
         */
        private Map<String, String> hantLike(boolean li, boolean zhan) {
            Map<String, String> glyph = new HashMap<>(twGlyphs());
            Map<String, String> valueGlyph = new HashMap<>(glyph);
            if (mwChoices) {
                if (zhan) {
                    valueGlyph.put("佔", "占");
                }
                valueGlyph.put("臺", "台");
                if (!li) {
                    valueGlyph.remove("裏");
                }
                glyph.remove("裏");
            }
            Map<String, String> m = compose(st(), valueGlyph);
            for (Map.Entry<String, String> e : glyph.entrySet()) {
                m.putIfAbsent(e.getKey(), e.getValue());
            }
            return m;
        }

        /** s2t: characters (first candidate) overlaid with phrases; one leftmost-longest pass reproduces OpenCC's max-match. */
        private Map<String, String> st() {
            if (st == null) {
                st = new HashMap<>(read("STCharacters.txt"));
                st.putAll(read("STPhrases.txt"));
            }
            return st;
        }

        private String convertSt(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                String c = String.valueOf(s.charAt(i));
                sb.append(st().getOrDefault(c, c));
            }
            return sb.toString();
        }

        /**
         * Traditional (OpenCC standard) to Taiwan glyphs: 爲→為, 裏→裡, 麪→麵, 纔→才…. OpenCC4j ships this table keyed
         * by the simplified character (为→為); the OpenCC-standard key is recovered from the s2t candidates of
         * that character, skipping the character itself (面 must not become 麵, only 麪 must).
         */
        private Map<String, String> twGlyphs() {
            Map<String, String> out = new HashMap<>();
            if (!twGlyphs) {
                return out;
            }
            for (Map.Entry<String, String> e : read("TWVariants.txt").entrySet()) {
                String s = e.getKey();
                String tw = e.getValue();
                for (String t : stChars().getOrDefault(s, List.of())) {
                    if (!t.equals(s) && !t.equals(tw)) {
                        out.put(t, tw);
                    }
                }
            }
            return out;
        }

        private Map<String, List<String>> stChars() {
            if (stChars == null) {
                stChars = new HashMap<>();
                readLines("STCharacters.txt", (k, vs) -> stChars.put(k, vs));
            }
            return stChars;
        }

        private static Map<String, String> compose(Map<String, String> base, Map<String, String> glyph) {
            Map<String, String> out = new HashMap<>(base.size() * 2);
            for (Map.Entry<String, String> e : base.entrySet()) {
                out.put(e.getKey(), applyChars(e.getValue(), glyph));
            }
            return out;
        }

        private static String applyChars(String s, Map<String, String> glyph) {
            StringBuilder sb = null;
            for (int i = 0; i < s.length(); i++) {
                String r = glyph.get(String.valueOf(s.charAt(i)));
                if (r != null && sb == null) {
                    sb = new StringBuilder(s.length());
                    sb.append(s, 0, i);
                }
                if (sb != null) {
                    sb.append(r != null ? r : String.valueOf(s.charAt(i)));
                }
            }
            return sb == null ? s : sb.toString();
        }

        /** Lines of one of our resources under org/wikirefine/convert/, without comments and blank lines. */
        private static void readResource(String name, java.util.function.Consumer<String> sink) {
            try (InputStream in = BaseTables.class.getResourceAsStream("/org/wikirefine/convert/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        sink.accept(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Dictionary lines are {@code key TAB candidates} (candidates separated by spaces; first wins). */
        private static Map<String, String> read(String file) {
            Map<String, String> m = new LinkedHashMap<>();
            readLines(file, (k, vs) -> m.put(k, vs.get(0)));
            return m;
        }

        /** Every line of a dictionary with all its candidates. */
        private static Map<String, List<String>> readAll(String file) {
            Map<String, List<String>> m = new LinkedHashMap<>();
            readLines(file, m::put);
            return m;
        }

        private static void readLines(String file, java.util.function.BiConsumer<String, List<String>> sink) {
            try (InputStream in = OpenCcSource.class.getClassLoader().getResourceAsStream(DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("OpenCC dictionary not on the class path: " + DIR + file);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    // Some OpenCC4j files separate key and value by a space instead of a tab.
                    int sep = line.indexOf('\t');
                    if (sep < 0) {
                        sep = line.indexOf(' ');
                    }
                    if (sep <= 0) {
                        continue;
                    }
                    String key = line.substring(0, sep).strip();
                    List<String> vals = List.of(line.substring(sep + 1).strip().split("\\s+"));
                    if (!key.isEmpty() && !vals.isEmpty() && !vals.get(0).isEmpty()) {
                        sink.accept(key, vals);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** MediaWiki zh-hant/zh-tw/zh-hk show 「」 for “” (and 『』 for ‘’); zh-hans/cn the reverse (conversion-semantics 0.5). */
    static void hantQuotes(Map<String, String> m) {
        m.put("“", "「");
        m.put("”", "」");
        m.put("‘", "『");
        m.put("’", "』");
    }

    /**
     * Traditional-script context rules of MediaWiki's base that OpenCC's candidates cover but its one-character
     * default does not: the quotes, and 余 after a numeral, which means "more than" and is 餘 (OpenCC's second
     * candidate): 30余次 → 30餘次, 十余年 → 十餘年, while 余 alone stays 余 (the pronoun). Measured with the oracle
     * for ASCII digits and the Chinese numerals below (full-width digits are left alone there).
     */
    static void hantContexts(Map<String, String> m) {
        hantQuotes(m);
        for (char numeral : "0123456789〇一二三四五六七八九十百千万萬亿億两兩".toCharArray()) {
            String n = String.valueOf(numeral);
            m.put(n + "余", m.getOrDefault(n, n) + "餘");
        }
    }

    static void hansQuotes(Map<String, String> m) {
        m.put("「", "“");
        m.put("」", "”");
        m.put("『", "‘");
        m.put("』", "’");
    }

    // ---------------------------------------------------------------------------------------------------
    // A user's MediaWiki ZhConversion.php (GPL; read at run time, never bundled)

    static final class MediaWikiPhpSource implements Source {
        private static final Pattern ARRAY = Pattern.compile("\\$(zh2\\w+)\\s*=\\s*\\[");
        private static final Pattern PAIR = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'\\s*=>\\s*'((?:[^'\\\\]|\\\\.)*)'");
        private final Path file;
        private Map<String, Map<String, String>> arrays;

        MediaWikiPhpSource(Path file) {
            this.file = file;
        }

        @Override
        public synchronized Map<String, String> build(Group g) {
            Map<String, Map<String, String>> a = arrays();
            switch (g) {
                case HANS: return new HashMap<>(a.getOrDefault("zh2Hans", Map.of()));
                case HANT: return new HashMap<>(a.getOrDefault("zh2Hant", Map.of()));
                case CN: return union(a.get("zh2CN"), a.get("zh2Hans"));
                case TW: return union(a.get("zh2TW"), a.get("zh2Hant"));
                case HK: return union(a.get("zh2HK"), a.get("zh2Hant"));
                default: throw new IllegalArgumentException(g.toString());
            }
        }

        /** PHP array union {@code left + right}: the left side wins on equal keys. */
        private static Map<String, String> union(Map<String, String> left, Map<String, String> right) {
            Map<String, String> m = new HashMap<>(right == null ? Map.of() : right);
            if (left != null) {
                m.putAll(left);
            }
            return m;
        }

        private Map<String, Map<String, String>> arrays() {
            if (arrays == null) {
                arrays = parse(file);
            }
            return arrays;
        }

        static Map<String, Map<String, String>> parse(Path file) {
            String php;
            try {
                php = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read MediaWiki conversion table " + file, e);
            }
            Map<String, Map<String, String>> out = new HashMap<>();
            Matcher am = ARRAY.matcher(php);
            List<int[]> starts = new java.util.ArrayList<>();
            List<String> names = new java.util.ArrayList<>();
            while (am.find()) {
                starts.add(new int[] {am.end()});
                names.add(am.group(1));
            }
            for (int i = 0; i < starts.size(); i++) {
                int from = starts.get(i)[0];
                int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : php.length();
                Map<String, String> m = new HashMap<>();
                Matcher pm = PAIR.matcher(php).region(from, to);
                while (pm.find()) {
                    m.put(unescape(pm.group(1)), unescape(pm.group(2)));
                }
                out.put(names.get(i), m);
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no $zh2… arrays found in " + file);
            }
            return out;
        }

        private static String unescape(String s) {
            return s.indexOf('\\') < 0 ? s : s.replace("\\'", "'").replace("\\\\", "\\");
        }
    }
}
