package org.wikirefine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The base character and phrase tables under variant conversion; page rules ({@code -{ }-}, noteTA) are merged
 * on top of them. Immutable.
 */
public final class BaseConversion {

    private static final BaseConversion OPEN_CC = new BaseConversion(null);

    private final Path mediaWikiTable;

    private BaseConversion(Path mediaWikiTable) {
        this.mediaWikiTable = mediaWikiTable;
    }

    /** {@return OpenCC's dictionaries (bundled, Apache-2.0), with the tables chosen per variant as in {@code docs/conversion.md}} */
    public static BaseConversion openCc() {
        return OPEN_CC;
    }

    /**
     * MediaWiki's own tables, read from a user-supplied {@code ZhConversion.php} (for example Debian's
     * {@code /usr/share/mediawiki/includes/languages/data/ZhConversion.php}). The file is GPL and is never
     * bundled; with it, output matches zh.wikipedia's character choices. The file is read when the refiner is built.
     *
     * @param zhConversionPhp path of MediaWiki's {@code includes/languages/data/ZhConversion.php}
     * @return a base that reads that file
     */
    public static BaseConversion mediaWikiTable(Path zhConversionPhp) {
        return new BaseConversion(Objects.requireNonNull(zhConversionPhp, "zhConversionPhp"));
    }

    /** {@return the MediaWiki table file, if this base uses one} */
    public Optional<Path> mediaWikiTableFile() {
        return Optional.ofNullable(mediaWikiTable);
    }

    @Override
    public String toString() {
        return mediaWikiTable == null ? "OpenCC" : "MediaWiki table " + mediaWikiTable;
    }
}
