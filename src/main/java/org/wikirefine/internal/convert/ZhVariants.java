package org.wikirefine.internal.convert;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wikirefine.Variant;

/**
 * The facts of MediaWiki core's zh converter ({@code ZhConverter}) that rule handling depends on: variant order,
 * fallback chains, manual-conversion levels and the variant names shown by the {@code N} and {@code D} flags.
 * Core's order is used, not Parsoid's (conversion-semantics.md 0.3).
 */
final class ZhVariants {

    /** {@code LanguageConverter::getVariants()} order; generateConvTable walks variants in this order. */
    static final List<Variant> ORDER = List.of(Variant.ZH, Variant.ZH_HANS, Variant.ZH_HANT, Variant.ZH_CN,
            Variant.ZH_HK, Variant.ZH_MO, Variant.ZH_MY, Variant.ZH_SG, Variant.ZH_TW);

    /** How a variant takes part in rule tables. */
    enum Level {
        /** {@code zh}: no conversion table at all; markup display still resolved. */
        DISABLE,
        /** {@code zh-hans}, {@code zh-hant}: only one-way {@code from=>variant:to} rules. */
        UNIDIRECTIONAL,
        /** Regional variants: two-way and one-way rules. */
        BIDIRECTIONAL
    }

    private static final Map<Variant, List<Variant>> FALLBACKS = new EnumMap<>(Variant.class);
    private static final Map<Variant, String> NAMES = new EnumMap<>(Variant.class);

    static {
        FALLBACKS.put(Variant.ZH, List.of(Variant.ZH_HANS, Variant.ZH_HANT, Variant.ZH_CN, Variant.ZH_TW,
                Variant.ZH_HK, Variant.ZH_SG, Variant.ZH_MO, Variant.ZH_MY));
        FALLBACKS.put(Variant.ZH_HANS, List.of(Variant.ZH_CN, Variant.ZH_SG, Variant.ZH_MY));
        FALLBACKS.put(Variant.ZH_HANT, List.of(Variant.ZH_TW, Variant.ZH_HK, Variant.ZH_MO));
        FALLBACKS.put(Variant.ZH_CN, List.of(Variant.ZH_HANS, Variant.ZH_SG, Variant.ZH_MY));
        FALLBACKS.put(Variant.ZH_SG, List.of(Variant.ZH_MY, Variant.ZH_HANS, Variant.ZH_CN));
        FALLBACKS.put(Variant.ZH_MY, List.of(Variant.ZH_SG, Variant.ZH_HANS, Variant.ZH_CN));
        FALLBACKS.put(Variant.ZH_TW, List.of(Variant.ZH_HANT, Variant.ZH_HK, Variant.ZH_MO));
        FALLBACKS.put(Variant.ZH_HK, List.of(Variant.ZH_MO, Variant.ZH_HANT, Variant.ZH_TW));
        FALLBACKS.put(Variant.ZH_MO, List.of(Variant.ZH_HK, Variant.ZH_HANT, Variant.ZH_TW));

        // Names from MediaWiki's zh converter (variant names in the content language).
        NAMES.put(Variant.ZH, "原文");
        NAMES.put(Variant.ZH_HANS, "简体");
        NAMES.put(Variant.ZH_HANT, "繁體");
        NAMES.put(Variant.ZH_CN, "大陆");
        NAMES.put(Variant.ZH_TW, "臺灣");
        NAMES.put(Variant.ZH_HK, "香港");
        NAMES.put(Variant.ZH_MO, "澳門");
        NAMES.put(Variant.ZH_SG, "新加坡");
        NAMES.put(Variant.ZH_MY, "大马");
    }

    private ZhVariants() {
    }

    static List<Variant> fallbacks(Variant v) {
        return FALLBACKS.get(v);
    }

    static Level level(Variant v) {
        switch (v) {
            case ZH: return Level.DISABLE;
            case ZH_HANS:
            case ZH_HANT: return Level.UNIDIRECTIONAL;
            default: return Level.BIDIRECTIONAL;
        }
    }

    static String name(Variant v) {
        return NAMES.get(v);
    }

    private static final Map<String, Variant> FLAG_CODES = new java.util.HashMap<>();

    static {
        for (Variant v : Variant.values()) {
            FLAG_CODES.put(v.code(), v);
        }
        FLAG_CODES.put("zh-Hans", Variant.ZH_HANS);
        FLAG_CODES.put("zh-Hant", Variant.ZH_HANT);
        FLAG_CODES.put("zh-Hans-CN", Variant.ZH_CN);
        FLAG_CODES.put("zh-Hans-SG", Variant.ZH_SG);
        FLAG_CODES.put("zh-Hans-MY", Variant.ZH_MY);
        FLAG_CODES.put("zh-Hant-TW", Variant.ZH_TW);
        FLAG_CODES.put("zh-Hant-HK", Variant.ZH_HK);
        FLAG_CODES.put("zh-Hant-MO", Variant.ZH_MO);
    }

    /**
     * A variant written in a flag section ({@code -{zh-hans;zh-Hant-TW|…}-}): flags are matched exactly, so only
     * the MediaWiki codes and their exact BCP-47 spellings count (not {@code ZH-CN}).
     */
    static Optional<Variant> flagVariant(String piece) {
        return Optional.ofNullable(FLAG_CODES.get(piece));
    }

    /** {@code validateVariant}: case-insensitive, MediaWiki or BCP-47 spelling. */
    static Optional<Variant> validate(String code) {
        // Variant.fromCode also trims and accepts '_'; MediaWiki only lower-cases, so reject those spellings here.
        if (code == null || code.isEmpty() || code.indexOf('_') >= 0 || !code.equals(code.trim())) {
            return Optional.empty();
        }
        return Variant.fromCode(code);
    }
}
