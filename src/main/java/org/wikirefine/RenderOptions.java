package org.wikirefine;

/**
 * What a rendering includes beyond its format's defaults. Immutable; use {@link #defaults()} and the
 * {@code with…} methods.
 *
 * @param referenceMarkers {@code [n]} markers in prose; {@code null} means the format's default (off in
 *                         {@code text}, on in {@code structured} and {@code markdown}, always in JSON)
 * @param includeInfobox   put infoboxes in {@code text} output (the other formats always have them)
 * @param includeReferences put the numbered reference list at the end of {@code text} output
 * @param internalLinks    in {@code markdown}, internal links become links to the wiki's pages (like
 *                         WikiExtractor's {@code --links}); external links are always links there
 */
public record RenderOptions(Boolean referenceMarkers, boolean includeInfobox, boolean includeReferences,
                            boolean internalLinks) {

    private static final RenderOptions DEFAULTS = new RenderOptions(null, false, true, false);

    /**
     * Options without internal links.
     *
     * @param referenceMarkers  {@code [n]} markers in text; {@code null} for the format's default
     * @param includeInfobox    whether text output includes infoboxes
     * @param includeReferences whether text output includes the reference list
     */
    public RenderOptions(Boolean referenceMarkers, boolean includeInfobox, boolean includeReferences) {
        this(referenceMarkers, includeInfobox, includeReferences, false);
    }

    /** {@return format defaults: markers per format, no infobox in text, references listed} */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return these options with reference markers [n] in the text switched on or off}
     *
     * @param on whether to show them
     */
    public RenderOptions withReferenceMarkers(boolean on) {
        return new RenderOptions(on, includeInfobox, includeReferences, internalLinks);
    }

    /**
     * {@return these options with infoboxes in text output switched on or off}
     *
     * @param on whether to show them
     */
    public RenderOptions withInfobox(boolean on) {
        return new RenderOptions(referenceMarkers, on, includeReferences, internalLinks);
    }

    /**
     * {@return these options with the reference list in text output switched on or off}
     *
     * @param on whether to show them
     */
    public RenderOptions withReferences(boolean on) {
        return new RenderOptions(referenceMarkers, includeInfobox, on, internalLinks);
    }

    /**
     * Markdown shows internal links as links to the wiki's pages (target URLs from the profile's article path).
     *
     * @param on whether to show them as links
     * @return the changed options
     */
    public RenderOptions withInternalLinks(boolean on) {
        return new RenderOptions(referenceMarkers, includeInfobox, includeReferences, on);
    }

    /**
     * {@return whether markers are shown for the given format}
     *
     * @param format the output format
     */
    public boolean markersFor(Format format) {
        if (format == Format.JSON) {
            return true;
        }
        return referenceMarkers != null ? referenceMarkers : format != Format.TEXT;
    }
}
