package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wikirefine.Coordinates;
import org.wikirefine.Diagnostic;
import org.wikirefine.internal.model.InfoboxModel;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.model.RefUse;
import org.wikirefine.internal.template.Citation;
import org.wikirefine.internal.template.TemplateContext;

/**
 * The {@link TemplateContext} of one call: output goes to the inline list at the call's position; infoboxes and
 * data go to the {@link TemplateStage}, references to the {@link ReferenceStage}.
 */
final class CallContext implements TemplateContext {

    private final ArticleBuilder builder;
    private final TemplateStage stage;
    private final ReferenceStage references;
    private final List<Inline> out;

    CallContext(ArticleBuilder builder, TemplateStage stage, ReferenceStage references, List<Inline> out) {
        this.builder = builder;
        this.stage = stage;
        this.references = references;
        this.out = out;
    }

    @Override
    public List<Inline> parseInline(String wikitext) {
        return wikitext == null ? List.of() : builder.parseFragmentInline(wikitext);
    }

    @Override
    public void emit(List<Inline> content) {
        out.addAll(content);
    }

    @Override
    public void addInfobox(InfoboxModel infobox) {
        out.add(new Inline.InfoboxAnchor(stage.addInfobox(infobox)));
    }

    @Override
    public RefUse cite(String group, String name, String bodyWikitext) {
        List<Inline> sink = new ArrayList<>();
        references.ref(name, group, null, bodyWikitext == null ? "" : bodyWikitext,
                bodyWikitext == null || bodyWikitext.isBlank(), sink);
        // In a list's body the ref is a definition (no use); otherwise the marker ref() made, if any.
        for (Inline i : sink) {
            if (i instanceof Inline.RefMarker m) {
                return m.use();
            }
        }
        return null;
    }

    @Override
    public void citation(Citation citation) {
        references.citation(citation);
    }

    @Override
    public void suffixPreviousRef(String suffix) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Inline in = out.get(i);
            if (in instanceof Inline.RefMarker m) {
                out.set(i, new Inline.RefMarker(new RefUse(m.use().entry(), m.use().suffix() + suffix)));
                return;
            }
            if (!(in instanceof Inline.Text t) || !(t.text().isBlank() || t.text().equals(Inline.DROPPED))) {
                return;
            }
        }
    }

    @Override
    public void referenceList(String group, String listDefinedWikitext) {
        references.referenceListFromText(group, listDefinedWikitext, null);
    }

    @Override
    public void diagnostic(String code, Diagnostic.Severity severity, String message) {
        builder.diagnostic(code, severity, message);
    }

    @Override
    public int depth() {
        return stage.depth() - 1;
    }

    @Override
    public Set<String> emittedRules() {
        return stage.emittedRules();
    }

    @Override
    public void data(String kind, Map<String, String> fields) {
        if (kind.equals("coordinates")) {
            try {
                stage.addCoordinates(new Coordinates(Double.parseDouble(fields.get("lat")),
                        Double.parseDouble(fields.get("lon")), fields.getOrDefault("display", "inline"),
                        fields.get("name")));
            } catch (RuntimeException e) {
                diagnostic("COORD_UNREADABLE", Diagnostic.Severity.WARNING, "coordinates without numbers: " + fields);
            }
        }
    }
}
