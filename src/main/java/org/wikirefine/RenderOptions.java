package org.wikirefine;

/**
 * What a rendering includes beyond its format's defaults. Immutable; use {@link #defaults()} and the
 * {@code with…} methods.
 *
 * @param referenceMarkers {@code [n]} markers in prose; {@code null} means the format's default (off in
 *                         {@code text}, on in {@code structured} and {@code markdown}, always in JSON)
 * @param includeInfobox   put infoboxes in {@code text} output (the other formats always have them)
 * @param includeReferences put the numbered reference list at the end of {@code text} output
 */
public record RenderOptions(Boolean referenceMarkers, boolean includeInfobox, boolean includeReferences) {

    private static final RenderOptions DEFAULTS = new RenderOptions(null, false, true);

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
        return new RenderOptions(on, includeInfobox, includeReferences);
    }

    /**
     * {@return these options with infoboxes in text output switched on or off}
     *
     * @param on whether to show them
     */
    public RenderOptions withInfobox(boolean on) {
        return new RenderOptions(referenceMarkers, on, includeReferences);
    }

    /**
     * {@return these options with the reference list in text output switched on or off}
     *
     * @param on whether to show them
     */
    public RenderOptions withReferences(boolean on) {
        return new RenderOptions(referenceMarkers, includeInfobox, on);
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
