package org.wikirefine.internal.convert;

import org.wikirefine.Variant;

/**
 * Opens conversion sessions. Implementations are immutable and thread-safe; the tables they hold are shared
 * by every session.
 */
public interface VariantConverter {

    /**
     * Opens a session for one article and variant.
     *
     * @param noContentConvert the page has {@code __NOCONTENTCONVERT__}/{@code __NOCC__}
     * @param noTitleConvert   the page has {@code __NOTITLECONVERT__}/{@code __NOTC__}
     */
    ConversionSession open(Variant variant, boolean noContentConvert, boolean noTitleConvert);
}
