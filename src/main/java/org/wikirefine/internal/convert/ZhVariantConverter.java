package org.wikirefine.internal.convert;

import java.util.Objects;

import org.wikirefine.BaseConversion;
import org.wikirefine.Variant;

/**
 * The zh {@link VariantConverter}: MediaWiki's LanguageConverter rules over a pluggable base table. Immutable and
 * thread-safe; the base tables are loaded lazily per variant and shared JVM-wide ({@link BaseTables}), so
 * {@link #open} only allocates the session.
 *
 * <pre>{@code
 * VariantConverter vc = ZhVariantConverter.create(BaseConversion.openCc());
 * ConversionSession s = vc.open(Variant.ZH_TW, false, false);
 * String a = s.convert(segment1);   // rules in segment1 apply to segment2 and the title
 * String b = s.convert(segment2);
 * String t = s.title(pageTitle, displayTitleOrNull);
 * }</pre>
 */
public final class ZhVariantConverter implements VariantConverter {

    /** zh text of MediaWiki's {@code language-converter-depth-warning}, around the limit (MEDIAWIKI_MESSAGE policy only). */
    static final String DEPTH_WARNING_PREFIX = "字词转换器深度越限（";
    static final String DEPTH_WARNING_SUFFIX = "）";

    private final BaseConversion base;
    private final RuleErrorPolicy errorPolicy;
    private final SiteConversionTables site;
    private volatile BaseTables tables;
    /**
     * Parsed hidden rules ({@code -{H|…}-}) by their text. noteTA expands every conversion group it names into one
     * hidden rule per item, so the same rules recur on thousands of pages of a dump; a hidden rule's parse does
     * not depend on the variant or the page (its display is empty and its table covers every variant), so it is
     * parsed once and shared. Parsed rules are not changed after parsing. Bounded: past the limit, rules are
     * parsed per use as before.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, ConverterRule> hiddenRules =
            new java.util.concurrent.ConcurrentHashMap<>();
    static final int HIDDEN_RULE_CACHE_LIMIT = 50_000;

    private ZhVariantConverter(BaseConversion base, RuleErrorPolicy errorPolicy, SiteConversionTables site) {
        this.base = Objects.requireNonNull(base, "base");
        this.errorPolicy = Objects.requireNonNull(errorPolicy, "errorPolicy");
        this.site = Objects.requireNonNull(site, "site");
    }

    /** A converter over {@code base} with the default error policy ({@link RuleErrorPolicy#FIRST_VALUE_CONVERTED}). */
    public static ZhVariantConverter create(BaseConversion base) {
        return new ZhVariantConverter(base, RuleErrorPolicy.FIRST_VALUE_CONVERTED, SiteConversionTables.none());
    }

    /** A converter over {@code base} with an explicit policy for rules that have no text for the variant. */
    public static ZhVariantConverter create(BaseConversion base, RuleErrorPolicy errorPolicy) {
        return new ZhVariantConverter(base, errorPolicy, SiteConversionTables.none());
    }

    /**
     * A converter whose base tables also carry a wiki's {@code MediaWiki:Conversiontable/zh-*} pages (from the same
     * dump as the articles), as zh.wikipedia layers them.
     */
    public static ZhVariantConverter create(BaseConversion base, RuleErrorPolicy errorPolicy, SiteConversionTables site) {
        return new ZhVariantConverter(base, errorPolicy, site);
    }

    /** A parsed hidden rule, shared between sessions (see {@link #hiddenRules}). */
    ConverterRule hiddenRule(String inner, Variant variant, ConverterRule.AutoConverter converter) {
        ConverterRule rule = hiddenRules.get(inner);
        if (rule == null) {
            rule = new ConverterRule(inner).parse(variant, converter);
            if (hiddenRules.size() < HIDDEN_RULE_CACHE_LIMIT) {
                hiddenRules.putIfAbsent(inner, rule);
            }
        }
        return rule;
    }

    @Override
    public ConversionSession open(Variant variant, boolean noContentConvert, boolean noTitleConvert) {
        return new ZhConversionSession(this, Objects.requireNonNull(variant, "variant"), noContentConvert, noTitleConvert);
    }

    /** Loads the base table of a variant now (otherwise the first session in that variant pays for it). */
    public void preload(Variant variant) {
        tables().table(variant);
    }

    RuleErrorPolicy errorPolicy() {
        return errorPolicy;
    }

    BaseTables tables() {
        BaseTables t = tables;
        if (t == null) {
            t = BaseTables.of(base, site);
            tables = t;
        }
        return t;
    }

    @Override
    public String toString() {
        return "ZhVariantConverter[" + base + ", " + errorPolicy + "]";
    }
}
