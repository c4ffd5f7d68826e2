package org.wikirefine;

import java.util.Objects;

import org.wikirefine.internal.convert.ConversionSession;
import org.wikirefine.internal.convert.VariantConverter;

/**
 * Converts plain text that may contain {@code -{ }-} markup to a variant, as MediaWiki would convert it on a page
 * of its own. Thread-safe.
 */
public final class Converter {

    private final VariantConverter delegate;

    Converter(VariantConverter delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * A converter over the given base tables (tables are loaded lazily and shared JVM-wide). Rules that have no
     * text for the variant show their first value, converted (see docs/conversion.md).
     *
     * @param base the base character and phrase tables
     * @return a thread-safe converter
     */
    public static Converter create(BaseConversion base) {
        return new Converter(org.wikirefine.internal.convert.ZhVariantConverter.create(base));
    }

    /**
     * Converts {@code text} to {@code variant}; rules in the text apply from their position onward.
     *
     * @param text the text; {@code null} is treated as empty
     * @param variant the target variant
     * @return the converted text
     */
    public String convert(String text, Variant variant) {
        ConversionSession session = delegate.open(Objects.requireNonNull(variant, "variant"), false, false);
        return session.convert(text == null ? "" : text);
    }
}
