package org.wikirefine;

import java.util.Locale;
import java.util.Optional;

/**
 * A Chinese script or regional variant, as zh.wikipedia offers them. {@link #ZH} means "no conversion":
 * the text keeps the characters it was written in, while {@code -{ }-} markup is still resolved.
 */
public enum Variant {
    /** Unconverted: the text as written, {@code -{ }-} markup resolved. */
    ZH("zh"),
    /** Simplified Chinese. */
    ZH_HANS("zh-hans"),
    /** Traditional Chinese. */
    ZH_HANT("zh-hant"),
    /** Mainland China (simplified). */
    ZH_CN("zh-cn"),
    /** Taiwan (traditional). */
    ZH_TW("zh-tw"),
    /** Hong Kong (traditional). */
    ZH_HK("zh-hk"),
    /** Singapore (simplified). */
    ZH_SG("zh-sg"),
    /** Macau (traditional). */
    ZH_MO("zh-mo"),
    /** Malaysia (simplified). */
    ZH_MY("zh-my");

    private final String code;

    Variant(String code) {
        this.code = code;
    }

    /** {@return the MediaWiki code, e.g. {@code zh-tw}} */
    public String code() {
        return code;
    }

    /**
     * Looks up a variant by its MediaWiki code ({@code zh-tw}) or BCP-47 tag ({@code zh-Hant-TW}),
     * case-insensitively.
     *
     * @param code a MediaWiki code or BCP-47 tag
     * @return the variant, or empty for an unknown code
     */
    public static Optional<Variant> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (c) {
            case "zh-hans-cn": return Optional.of(ZH_CN);
            case "zh-hans-sg": return Optional.of(ZH_SG);
            case "zh-hans-my": return Optional.of(ZH_MY);
            case "zh-hant-tw": return Optional.of(ZH_TW);
            case "zh-hant-hk": return Optional.of(ZH_HK);
            case "zh-hant-mo": return Optional.of(ZH_MO);
            default:
                for (Variant v : values()) {
                    if (v.code.equals(c)) {
                        return Optional.of(v);
                    }
                }
                return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
