package org.wikirefine.internal.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.wikirefine.Diagnostic;
import org.wikirefine.TemplateCall;
import org.wikirefine.internal.model.Block;
import org.wikirefine.internal.model.Blocks;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.model.RefEntry;
import org.wikirefine.internal.model.RefList;
import org.wikirefine.internal.model.RefUse;
import org.wikirefine.internal.reference.RefNames;
import org.wikirefine.internal.reference.ReferenceCollector;
import org.wikirefine.internal.template.Citation;
import org.wikirefine.internal.template.Inlines;
import org.wikirefine.internal.template.TemplateCallScanner;
import org.wikirefine.internal.template.TemplateContext;

/**
 * The reference stage of one page: what Cite does with {@code <ref>}, {@code <references>}, {@code {{#tag:ref}}} and
 * the references citation templates make. It checks the tags' attributes as Cite does, hands each ref to the
 * {@link ReferenceCollector} (which numbers them), reads reference-list bodies in list-defining mode and places the
 * lists. Both walkers call it; the page's fragment parsing and diagnostics stay with the {@link ArticleBuilder}.
 */
final class ReferenceStage {

    /** Attributes Cite accepts on {@code <ref>} and {@code <references>} (others are a Cite error). */
    private static final Set<String> REF_ATTRIBUTES = Set.of("name", "group", "follow", "dir", "details");
    private static final Set<String> REFERENCES_ATTRIBUTES = Set.of("group", "responsive");
    /** Parts of a ref body Cite's check does not see (strip markers by then). */
    private static final Pattern HIDDEN_IN_BODY = Pattern.compile("(?is)<nowiki>.*?</nowiki>|<!--.*?-->|<pre>.*?</pre>");
    /** Cite's test for a ref tag inside a ref body ({@code /<ref\b[^<]*?>/}). */
    private static final Pattern INCLUDED_REF = Pattern.compile("<ref\\b[^<]*?>");

    private final ArticleBuilder builder;
    private final ReferenceCollector refs = new ReferenceCollector();
    /** The group of the reference list whose body is being read (list-defined refs), or {@code null}. */
    private String listDefining;
    /** Refs cited so far (for the diagnostics of refs in templates without a rule). */
    private int refsCited;
    /** Where a citation template reports its data while a reference body is parsed; null outside ref bodies. */
    private Citation[] currentCitation;

    ReferenceStage(ArticleBuilder builder) {
        this.builder = builder;
    }

    // ---------------------------------------------------------------- tags, from either walker

    /** A {@code <ref>} tag: Cite's checks of body and attributes, then the ref. */
    void refTag(Map<String, String> attrs, String body, boolean noBody, List<Inline> out) {
        if (body.contains("<ref") && INCLUDED_REF.matcher(HIDDEN_IN_BODY.matcher(body).replaceAll("")).find()) {
            // Cite's cite_error_included_ref: a <ref> written inside a ref's body (the tag matcher then
            // ends the outer ref at the inner one's </ref>) shows only an error, no marker, no entry.
            builder.diagnostic("REF_NESTED", Diagnostic.Severity.WARNING, "a ref tag inside a ref's body:"
                    + " Cite shows only an error (closing tag missing); dropped");
            return;
        }
        if (!checkAttributes(attrs, "ref", REF_ATTRIBUTES) && attrs.get("name") != null
                && attrs.get("follow") != null) {
            // Cite shows only the first problem of a tag (the invalid parameter); name+follow is fatal.
            return;
        }
        ref(attrs.get("name"), attrs.get("group"), attrs.get("follow"), body, noBody, out);
    }

    /**
     * Whether a {@code <references>} tag with these attributes makes a list; when not, Cite shows only an (inline)
     * error: no list, and the group stays open.
     */
    boolean referencesTagValid(Map<String, String> attrs) {
        return checkAttributes(attrs, "references", REFERENCES_ATTRIBUTES);
    }

    /** {@code <references>} whose body (list-defined refs) is a part of the page tree, walked by {@code walkBody}. */
    void referenceList(String group, Runnable walkBody, BlockSink sink) {
        if (walkBody != null) {
            defineListed(group, walkBody);
        }
        placeList(group, sink);
    }

    /** {@code <references>…</references>} with list-defined refs, whose body the parser left raw. */
    void referenceListFromText(String group, String body, BlockSink sink) {
        if (body != null && !body.isBlank()) {
            defineListed(group, () -> builder.walkListBody(body));
        }
        placeList(group, sink);
    }

    /** {@code {{#tag:ref|body|name=x|group=y|follow=z}}}. */
    void refFunction(List<TemplateCall.Parameter> params, List<Inline> out) {
        Map<String, String> tag = tagArguments(params);
        String body = tag.get("1");
        ref(tag.get("name"), tag.get("group"), tag.get("follow"), body == null ? "" : body,
                body == null || body.isBlank(), out);
    }

    /** {@code {{#tag:references|body|group=y}}}. */
    void referencesFunction(List<TemplateCall.Parameter> params) {
        Map<String, String> tag = tagArguments(params);
        referenceListFromText(tag.get("group"), tag.get("1"), null);
    }

    /** The parameters of {@code {{#tag:…}}}: the body as {@code "1"}, attributes unquoted; the last one wins. */
    private static Map<String, String> tagArguments(List<TemplateCall.Parameter> params) {
        Map<String, String> out = new HashMap<>();
        for (TemplateCall.Parameter p : params) {
            out.put(p.name(), p.name().equals("1") ? p.value() : unquote(p.value()));
        }
        return out;
    }

    /**
     * {@code {{#tag:ref|…|name="x"}}}: #tag builds the tag's attribute string from its parameters, so quotes around a
     * value are attribute quotes, not part of the value.
     */
    private static String unquote(String v) {
        String t = v.trim();
        if (t.length() >= 2 && ((t.startsWith("\"") && t.endsWith("\"")) || (t.startsWith("'") && t.endsWith("'")))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    /** Reports attributes Cite rejects; returns whether all were valid. */
    private boolean checkAttributes(Map<String, String> attrs, String tag, Set<String> allowed) {
        boolean ok = true;
        for (String n : attrs.keySet()) {
            if (!allowed.contains(n)) {
                builder.diagnostic("REF_BAD_ATTRIBUTE", Diagnostic.Severity.WARNING, "invalid parameter '"
                        + RefNames.forMessage(n) + "' in a " + tag + " tag; Cite reports an error"
                        + (tag.equals("ref") ? " and ignores it" : " instead of the list"));
                ok = false;
            }
        }
        return ok;
    }

    // ---------------------------------------------------------------- refs, from tags and templates

    /**
     * A {@code <ref>} (or {@code {{#tag:ref}}}) at this point. Inside a reference list's body it is a list-defined
     * definition instead of a use. Citation data reported by a citation template in the body is attached to the entry.
     */
    void ref(String name, String group, String follow, String body, boolean selfClosing, List<Inline> out) {
        boolean empty = selfClosing || body == null || body.isBlank();
        Citation[] citation = new Citation[1];
        if (listDefining != null) {
            String listGroup = listDefining;
            // The body of a list-defined ref is ordinary text: refs inside it are uses (Cite's T349981).
            listDefining = null;
            List<Inline> content;
            try {
                content = empty ? null : withSummary(parseRefBody(body, citation), body);
            } finally {
                listDefining = listGroup;
            }
            RefEntry defined = refs.defineListed(listGroup, group, name, content, builder.currentOffset());
            if (defined != null) {
                attach(defined, citation[0]);
            }
            return;
        }
        List<Inline> content = empty ? null : withSummary(parseRefBody(body, citation), body);
        refsCited++;
        RefUse use = refs.cite(group, name, follow, content, builder.currentOffset());
        if (use != null) {
            attach(use.entry(), citation[0]);
            out.add(new Inline.RefMarker(use));
        }
    }

    /** How many refs were cited so far (to tell whether a walk numbered any). */
    int refsCited() {
        return refsCited;
    }

    /** Whether a reference body is being parsed (there a template is a citation or a note, never an infobox). */
    boolean inReferenceBody() {
        return currentCitation != null;
    }

    /** The citation data a citation template reports ({@link TemplateContext#citation}); the first one counts. */
    void citation(Citation citation) {
        if (currentCitation != null && currentCitation[0] == null) {
            currentCitation[0] = citation;
        }
    }

    /**
     * Parses a reference body, catching the citation data a citation template inside it reports (through
     * {@link TemplateContext#citation}) for that reference only.
     */
    private List<Inline> parseRefBody(String body, Citation[] citation) {
        Citation[] outer = currentCitation;
        currentCitation = citation;
        try {
            return builder.parseFragmentInline(body);
        } finally {
            currentCitation = outer;
        }
    }

    private static void attach(RefEntry entry, Citation citation) {
        if (citation != null && entry.citation() == null) {
            entry.citation(citation.type(), citation.fields());
        }
    }

    /**
     * A reference whose body is only templates without a rule (or whose rules show nothing) would be an empty
     * entry. Instead it shows a summary of those calls, {@code Name: value, key=value}, with markup stripped: the
     * reader keeps what the source says, and the template names tell contributors which rule to add.
     */
    private List<Inline> withSummary(List<Inline> content, String body) {
        if (!ReferenceCollector.rendersEmpty(content)) {
            return content;
        }
        StringBuilder sb = new StringBuilder();
        int nesting = 0;
        for (TemplateCall call : TemplateCallScanner.calls(body)) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(call.name());
            String sep = ": ";
            for (TemplateCall.Parameter p : call.parameters()) {
                String v = plainValue(p.value());
                if (v.isEmpty()) {
                    continue;
                }
                sb.append(sep).append(p.name().matches("\\d+") ? "" : p.name() + "=").append(v);
                sep = ", ";
            }
            if (++nesting >= 5) {
                break;
            }
        }
        if (sb.length() == 0) {
            return content;
        }
        builder.diagnostic("REF_TEMPLATE_SUMMARY", Diagnostic.Severity.INFO,
                "a reference made only of templates without a rule shows a summary of the calls: " + sb);
        return List.of(new Inline.Verbatim(sb.toString()));
    }

    /** A parameter value as plain words (markup stripped by the linear fallback stripper). */
    private String plainValue(String raw) {
        return Inlines.plain(Blocks.flatten(PlainFallback.blocks(raw, builder.profile())));
    }

    // ---------------------------------------------------------------- reference lists

    /**
     * Walks a reference list's body ({@code walk}) in list-defining mode: refs in it (also those made by templates)
     * define entries of the list's group; everything else in the body is ignored, as Cite ignores it.
     */
    private void defineListed(String group, Runnable walk) {
        if (listDefining != null) {
            walk.run();
            return;
        }
        listDefining = group == null ? "" : group;
        try {
            walk.run();
        } finally {
            listDefining = null;
        }
    }

    /** Closes the group's list here (Cite clears the group at each list) and places it. */
    private void placeList(String group, BlockSink sink) {
        if (listDefining != null) {
            // A list inside a list's body (Cite's T242437 edge cases): its refs already went to the outer list.
            return;
        }
        builder.place(new Block.ReferenceList(refs.closeList(group)), sink);
    }

    /** The page's reference lists, once the walk is done. */
    List<RefList> finish() {
        return refs.finish();
    }

    /** The diagnostics of the numbering ({@link ReferenceCollector#diagnostics()}). */
    List<Diagnostic> diagnostics() {
        return refs.diagnostics();
    }

}
