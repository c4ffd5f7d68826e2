package org.wikirefine;

import java.util.Locale;
import java.util.Optional;

/**
 * A Chinese script or regional variant, as zh.wikipedia offers them. {@link #ZH} means "no conversion":
 * the text keeps the characters it was written in, while {@code -{ }-} markup is still resolved.
 */
public enum Variant {
    ZH("zh"),
    ZH_HANS("zh-hans"),
    ZH_HANT("zh-hant"),
    ZH_CN("zh-cn"),
    ZH_TW("zh-tw"),
    ZH_HK("zh-hk"),
    ZH_SG("zh-sg"),
    ZH_MO("zh-mo"),
    ZH_MY("zh-my");

    private final String code;

    Variant(String code) {
        this.code = code;
    }

    /** The MediaWiki code, e.g. {@code zh-tw}. */
    public String code() {
        return code;
    }

    /**
     * Looks up a variant by its MediaWiki code ({@code zh-tw}) or BCP-47 tag ({@code zh-Hant-TW}),
     * case-insensitively.
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
