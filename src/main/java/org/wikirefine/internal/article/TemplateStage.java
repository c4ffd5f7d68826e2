package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.wikirefine.Coordinates;
import org.wikirefine.Diagnostic;
import org.wikirefine.TemplateCall;
import org.wikirefine.internal.model.InfoboxModel;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.model.Blocks;
import org.wikirefine.internal.parse.WorkBudget;
import org.wikirefine.internal.template.Inlines;
import org.wikirefine.internal.template.TemplateHandler;
import org.wikirefine.internal.template.TemplateNames;
import org.wikirefine.internal.template.TemplateRegistry;

/**
 * The template stage of one page: each template call, from either walker, goes to its handler (a rule file's rule
 * or a Java handler, through a {@link CallContext}); parser functions and magic words with a colon are read here,
 * {@code {{#tag:ref}}} goes to the {@link ReferenceStage}, and a call without a rule is reported and dropped (its
 * refs still numbered). Records every call for the article's template list, and the infoboxes and coordinates the
 * handlers give.
 */
final class TemplateStage {

    /** Template calls nested deeper than this are dropped (MediaWiki's $wgMaxTemplateDepth is 100; values nest less). */
    static final int MAX_TEMPLATE_DEPTH = 40;
    /** The template whose first parameter is the page's short description (enwiki's, used on other wikis too). */
    private static final String SHORT_DESCRIPTION = "Short description";
    private static final Pattern REF_TAG = Pattern.compile("(?i)<ref[\\s>/]");

    private final ArticleBuilder builder;
    private final ReferenceStage references;
    private final TemplateRegistry templates;
    private final List<TemplateCall> calls = new ArrayList<>();
    private final List<InfoboxModel> infoboxes = new ArrayList<>();
    private final List<Coordinates> coordinates = new ArrayList<>();
    /** Hidden conversion rules emitted so far ({@link org.wikirefine.internal.template.TemplateContext#emittedRules()}). */
    private final Set<String> emittedRules = new HashSet<>();
    private int depth;

    TemplateStage(ArticleBuilder builder, ReferenceStage references, TemplateRegistry templates) {
        this.builder = builder;
        this.references = references;
        this.templates = templates;
    }

    /**
     * A template call from either parser.
     *
     * @param rawName     its name as written, comments left out (a parser function keeps its argument here)
     * @param written     the name without nested templates and tags (what a title check sees)
     * @param params      its parameters
     * @param offset      where it starts in the page text, or -1 (in fragments)
     * @param aloneOnLine whether it stands alone on its line(s) at block level of the page text
     */
    void call(String rawName, String written, List<TemplateCall.Parameter> params, int offset,
              boolean aloneOnLine, List<Inline> out, BlockSink sink) {
        int before = out.size();
        int outer = builder.at(offset);
        try {
            templateCall(rawName.trim(), written.trim(), params, offset, aloneOnLine, out);
        } finally {
            builder.leave(outer);
        }
        if (out.size() == before) {
            out.add(new Inline.Text(Inline.DROPPED));
        }
        builder.flushPending(sink);
    }

    // ---------------------------------------------------------------- what the article keeps

    List<TemplateCall> calls() {
        return calls;
    }

    List<InfoboxModel> infoboxes() {
        return infoboxes;
    }

    /** The page's points; those read from infobox parameters only when no {@code {{coord}}} gave one (they often repeat it). */
    List<Coordinates> coordinates() {
        List<Coordinates> fromCoord = coordinates.stream()
                .filter(c -> !c.display().equals(org.wikirefine.internal.template.InfoboxHandler.INFOBOX_DISPLAY)).toList();
        return fromCoord.isEmpty() ? coordinates : fromCoord;
    }

    /** The first parameter of the page's short-description call, as plain text; null if none or "none". */
    String shortDescription() {
        for (TemplateCall c : calls) {
            if (c.name().equalsIgnoreCase(SHORT_DESCRIPTION)) {
                return c.parameter("1").map(v -> Inlines.plain(builder.parseFragmentInline(v)).strip())
                        .filter(v -> !v.isEmpty() && !v.equalsIgnoreCase("none")).orElse(null);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- for the call contexts

    /** Adds an infobox; returns its index (the anchor that places it). */
    int addInfobox(InfoboxModel infobox) {
        infoboxes.add(infobox);
        return infoboxes.size() - 1;
    }

    void addCoordinates(Coordinates c) {
        coordinates.add(c);
    }

    /** Nesting depth of the calls being handled (1 inside the handler of a call written in the page). */
    int depth() {
        return depth;
    }

    Set<String> emittedRules() {
        return emittedRules;
    }

    // ---------------------------------------------------------------- dispatch

    private void templateCall(String rawName, String written, List<TemplateCall.Parameter> params, int offset,
                              boolean aloneOnLine, List<Inline> out) {
        if (magic(rawName, params, offset, out)) {
            return;
        }
        String name = TemplateNames.normalize(stripSubst(written));
        if (name.isEmpty()) {
            return;
        }
        if (!isValidName(written) || !isValidName(name)) {
            // Not a title MediaWiki accepts, so no template call (MediaWiki shows the braces as text); never a name.
            builder.diagnostic("INVALID_TEMPLATE_NAME", Diagnostic.Severity.INFO, "'{{' starts no template here: the"
                    + " name is not a valid title; dropped");
            return;
        }
        TemplateCall call = new TemplateCall(name, params, offset, false);
        // The infobox heuristic (mostly named parameters) looks at the whole call; inside a reference body a template
        // is a citation or a note, never an infobox, so there only the name decides.
        Optional<TemplateHandler> handler = depth >= MAX_TEMPLATE_DEPTH ? Optional.empty()
                : references.inReferenceBody() ? templates.handlerFor(name) : templates.handlerFor(call);
        int index = calls.size();
        calls.add(handler.isPresent() ? new TemplateCall(name, params, call.offset(), true) : call);
        if (handler.isEmpty()) {
            withoutHandler(name, params, call.offset(), aloneOnLine, index, out);
            return;
        }
        depth++;
        try {
            handler.get().handle(calls.get(index), new CallContext(builder, this, references, out));
        } catch (WorkBudget.Exceeded e) {
            throw e; // the page is over its budget: not this handler's failure
        } catch (RuntimeException | StackOverflowError e) {
            builder.diagnostic("TEMPLATE_HANDLER_FAILED", Diagnostic.Severity.ERROR,
                    "handler for template '" + name + "' failed (this is a bug): " + e);
        } finally {
            depth--;
        }
    }

    /** A call no handler takes: too deep, a page variable ({@code {{PAGENAME}}}), or a template without a rule. */
    private void withoutHandler(String name, List<TemplateCall.Parameter> params, int offset, boolean aloneOnLine,
                                int index, List<Inline> out) {
        if (depth >= MAX_TEMPLATE_DEPTH) {
            keepTextOfTooDeep(name, params, out);
            return;
        }
        Optional<String> variable = Variables.value(name, builder.page());
        if (variable.isPresent()) {
            out.add(new Inline.Text(variable.get()));
            calls.set(index, new TemplateCall(name, params, offset, true));
            return;
        }
        unknown(name, aloneOnLine && params.isEmpty());
        numberRefsOf(name, params);
    }

    /**
     * A call nested deeper than {@link #MAX_TEMPLATE_DEPTH}: its last unnamed argument (the text of {@code lang},
     * {@code nowrap} and most wrappers) is kept as plain text, without a further parse, so the page's words survive
     * while the work stays bounded (each level re-parses its value, so depth costs quadratic time).
     */
    private void keepTextOfTooDeep(String name, List<TemplateCall.Parameter> params, List<Inline> out) {
        String last = null;
        for (TemplateCall.Parameter p : params) {
            if (p.name().chars().allMatch(Character::isDigit)) {
                last = p.value();
            }
        }
        builder.diagnostic("TEMPLATE_DEPTH", Diagnostic.Severity.WARNING, "template '" + name + "' nested deeper than "
                + MAX_TEMPLATE_DEPTH + (last == null ? "; dropped" : "; its last unnamed argument is kept as plain text"));
        if (last != null) {
            out.addAll(Blocks.flatten(PlainFallback.blocks(last, builder.profile())));
        }
    }

    /** No newline inside and none of the characters MediaWiki forbids in titles ({@code <>[]{}|}). */
    private static boolean isValidName(String name) {
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c == '\n' || "<>[]{}|".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reports a template without a rule. One alone on its line without arguments has the shape of a navigation
     * box, a sidebar or a layout helper (MediaWiki shows a box, not words of the sentence); any other is inline
     * text the reader misses.
     */
    private void unknown(String name, boolean blockShape) {
        if (blockShape) {
            builder.diagnostic("BLOCK_TEMPLATE", Diagnostic.Severity.INFO, "template '" + name + "' has no rule; alone"
                    + " on its line without arguments, taken as a navigation or layout box; dropped");
        } else {
            builder.diagnostic("UNKNOWN_TEMPLATE", Diagnostic.Severity.INFO, "template '" + name + "' has no rule;"
                    + " dropped");
        }
    }

    /**
     * A template without a rule is dropped, but the refs in its arguments still take their numbers: on the wiki the
     * template exists and (almost always) shows the arguments it is given, so leaving them out would shift the
     * number of every later ref. Their markers go with the template; their entries stay in the list. A {@code refs=}
     * parameter holds list-defined refs of a reference-list template and is left alone.
     */
    private void numberRefsOf(String name, List<TemplateCall.Parameter> params) {
        int before = references.refsCited();
        for (TemplateCall.Parameter p : params) {
            if (p.name().equals("refs")) {
                continue; // list-defined refs of a reference-list template ({{reflist|refs=}}): definitions, not uses
            }
            String v = p.value();
            if (v.indexOf('<') >= 0 && REF_TAG.matcher(v).find() || v.contains("#tag:ref") || v.contains("#tag:Ref")) {
                depth++;
                try {
                    builder.parseFragmentInline(v);
                } finally {
                    depth--;
                }
            }
        }
        int numbered = references.refsCited() - before;
        if (numbered > 0) {
            builder.diagnostic("REF_IN_UNKNOWN_TEMPLATE", Diagnostic.Severity.INFO, numbered + " ref(s) in the"
                    + " arguments of template '" + name + "' (no rule) were numbered; their markers were dropped with"
                    + " the template");
        }
    }

    private static String stripSubst(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("subst:")) {
            return name.substring(6);
        }
        if (lower.startsWith("safesubst:")) {
            return name.substring(10);
        }
        return name;
    }

    // ---------------------------------------------------------------- parser functions and magic words

    /** Parser functions and magic words with a colon. Returns true if the call was one of them. */
    private boolean magic(String rawName, List<TemplateCall.Parameter> params, int offset, List<Inline> out) {
        int colon = rawName.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String fn = rawName.substring(0, colon).trim();
        String arg = rawName.substring(colon + 1);
        String upper = builder.syntax().canonicalFunction(fn).orElse(fn.toUpperCase(Locale.ROOT));
        switch (upper) {
            case "DISPLAYTITLE":
                builder.displayTitle(Inlines.plain(builder.parseFragmentInline(arg)));
                return true;
            case "DEFAULTSORT", "DEFAULTSORTKEY", "DEFAULTCATEGORYSORT":
                return true;
            case "LC":
                out.addAll(mapText(builder.parseFragmentInline(arg), s -> s.toLowerCase(Locale.ROOT)));
                return true;
            case "UC":
                out.addAll(mapText(builder.parseFragmentInline(arg), s -> s.toUpperCase(Locale.ROOT)));
                return true;
            case "LCFIRST", "UCFIRST", "FORMATNUM", "#LANGUAGE", "PADLEFT", "PADRIGHT":
                out.addAll(builder.parseFragmentInline(arg));
                return true;
            case "#TAG":
                tagFunction(arg.trim(), params, out);
                return true;
            default:
                break;
        }
        if (fn.startsWith("#")) {
            unevaluatedFunction(fn, upper, arg, params, offset);
            return true;
        }
        return false;
    }

    /** A parser function we do not evaluate (no template expansion): recorded as a call, reported, dropped. */
    private void unevaluatedFunction(String fn, String upper, String arg, List<TemplateCall.Parameter> params,
                                     int offset) {
        String name = "#" + fn.substring(1).trim().toLowerCase(Locale.ROOT)
                + (upper.equals("#INVOKE") ? ":" + arg.trim() : "");
        if (!isValidName(name)) {
            builder.diagnostic("INVALID_TEMPLATE_NAME", Diagnostic.Severity.INFO, "'{{' starts no parser function"
                    + " here: the name is not valid; dropped");
            return;
        }
        calls.add(new TemplateCall(name, params, offset, false));
        builder.diagnostic("PARSER_FUNCTION", Diagnostic.Severity.INFO,
                "parser function '" + name + "' is not evaluated (no template expansion); dropped");
    }

    /** {@code {{#tag:ref|body|name=x|group=y}}} is a ref, {@code {{#tag:references}}} a list; other tags are dropped. */
    private void tagFunction(String tag, List<TemplateCall.Parameter> params, List<Inline> out) {
        if (tag.equalsIgnoreCase("references")) {
            references.referencesFunction(params);
        } else if (tag.equalsIgnoreCase("ref")) {
            references.refFunction(params, out);
        } else {
            builder.diagnostic("PARSER_FUNCTION", Diagnostic.Severity.INFO, "#tag:" + tag + " is not evaluated;"
                    + " dropped");
        }
    }

    private static List<Inline> mapText(List<Inline> content, UnaryOperator<String> f) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : content) {
            if (i instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(e.style(), mapText(e.content(), f)));
            } else {
                out.add(i instanceof Inline.Text t ? new Inline.Text(f.apply(t.text())) : i);
            }
        }
        return out;
    }
}
