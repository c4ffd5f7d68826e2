package org.wikirefine.internal.convert;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;

/**
 * Language autonyms for the {@code N} flag with a code outside the zh variants ({@code -{N|en}-} shows
 * {@code English}, {@code -{N|sr-ec}-} shows {@code српски (ћирилица)}), as MediaWiki shows its language names.
 * The names come from the JDK's CLDR locale data; MediaWiki's own variant codes are mapped to BCP-47 first.
 * An unknown code shows nothing, as in MediaWiki.
 */
final class LanguageNames {

    /** MediaWiki variant codes whose BCP-47 form differs (MediaWiki's LanguageCode::getDeprecatedCodeMapping and variants). */
    private static final Map<String, String> MW_TO_BCP47 = Map.of(
            "sr-ec", "sr-Cyrl", "sr-el", "sr-Latn", "kk-cyrl", "kk-Cyrl", "kk-latn", "kk-Latn", "kk-arab", "kk-Arab",
            "ku-latn", "ku-Latn", "ku-arab", "ku-Arab", "tg-cyrl", "tg-Cyrl", "uz-cyrl", "uz-Cyrl", "uz-latn", "uz-Latn");

    private LanguageNames() {
    }

    static String autonym(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String tag = MW_TO_BCP47.getOrDefault(code.toLowerCase(Locale.ROOT), code);
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return "";
        }
        String language = locale.getDisplayLanguage(locale);
        if (language.isEmpty() || language.equalsIgnoreCase(locale.getLanguage())) {
            return ""; // the JDK does not know this language
        }
        return locale.getDisplayName(locale);
    }
}
