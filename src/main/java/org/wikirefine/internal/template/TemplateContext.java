package org.wikirefine.internal.template;

import java.util.List;

import org.wikirefine.Diagnostic;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.model.InfoboxModel;
import org.wikirefine.internal.model.RefUse;

/**
 * What a {@link TemplateHandler} may do at the position of the call. Provided by the article builder; one per call.
 */
public interface TemplateContext {

    /** Parses wikitext (a parameter value) into inline content, with templates and refs inside handled too. */
    List<Inline> parseInline(String wikitext);

    /** Emits inline content at the call's position. */
    void emit(List<Inline> content);

    /** Emits plain text at the call's position (it may contain {@code -{ }-} markup, converted later). */
    default void emitText(String text) {
        emit(List.of(new Inline.Text(text)));
    }

    /** Adds an infobox to the article (infoboxes are listed before the body, in document order). */
    void addInfobox(InfoboxModel infobox);

    /**
     * Cites a reference here, as {@code <ref group=… name=…>body</ref>} would; returns the use (emit it as a
     * {@link Inline.RefMarker} to show the marker). {@code bodyWikitext} may be null for a reuse ({@code <ref name=x/>}).
     * Returns {@code null} when Cite shows no marker: an error (reported as a diagnostic), or a call inside a
     * reference list's body ({@code {{notelist|refs={{efn|name=x|…}}}}}), where the ref is a list-defined definition.
     */
    RefUse cite(String group, String name, String bodyWikitext);

    /**
     * Places a reference list for the group here ({@code {{reflist}}}); refs defined in {@code listDefined} are
     * list-defined. As in Cite, the list shows the group's refs since its previous list and closes the group.
     */
    void referenceList(String group, String listDefinedWikitext);

    /** Records a diagnostic tied to this call's position. */
    void diagnostic(String code, Diagnostic.Severity severity, String message);

    /** Nesting depth of template calls being handled (0 for a call written in the page). */
    int depth();

    /**
     * Hidden conversion rules (and conversion groups, as {@code group:NAME}) this page has emitted so far, for
     * handlers that add each rule once per page; mutable, one set per page.
     */
    default java.util.Set<String> emittedRules() {
        return new java.util.HashSet<>();
    }

    // ---- additions of the templates branch (defaults keep older implementations compiling) ----

    /**
     * Structured citation data from a citation template ({@code {{cite web}}}…). When the call sits inside a
     * reference body the builder attaches it to that {@link org.wikirefine.internal.model.RefEntry} with
     * {@code RefEntry.citation(citation.type(), citation.fields())}; elsewhere it may be ignored. The handler
     * emits the display text itself as well, so a builder that ignores this loses nothing visible.
     */
    default void citation(Citation citation) {
    }

    /**
     * Appends a suffix (page numbers of {@code {{rp|12}}}: {@code ":12"}) to the reference marker emitted just
     * before this call, as {@link org.wikirefine.internal.model.RefUse#suffix()}. Ignored if there is none.
     */
    default void suffixPreviousRef(String suffix) {
    }

    /**
     * Data a template carries besides its text, e.g. {@code {{coord}}} gives {@code kind="coordinates"} with
     * {@code lat}, {@code lon}, {@code display}. The builder may keep it in the article model or ignore it.
     */
    default void data(String kind, java.util.Map<String, String> fields) {
    }
}
