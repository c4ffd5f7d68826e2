package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtTemplate;
import org.sweble.wikitext.parser.nodes.WtTemplateArgument;
import org.sweble.wikitext.parser.utils.WtRtDataPrinter;
import org.wikirefine.Diagnostic;
import org.wikirefine.Page;
import org.wikirefine.TemplateCall;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.site.WikiSyntax;
import org.wikirefine.internal.model.ArticleModel;
import org.wikirefine.internal.model.Block;
import org.wikirefine.internal.model.ImageModel;
import org.wikirefine.internal.model.InfoboxModel;
import org.wikirefine.internal.model.PageFacts;
import org.wikirefine.internal.site.SiteUrls;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.model.RefEntry;
import org.wikirefine.internal.model.RefUse;
import org.wikirefine.internal.parse.SwebleParser;
import org.wikirefine.internal.parse.WikiNames;
import org.wikirefine.internal.parse.WikitextGuard;
import org.wikirefine.internal.parse.WorkBudget;
import org.wikirefine.internal.reference.ReferenceCollector;
import org.wikirefine.internal.model.Blocks;
import org.wikirefine.internal.template.Citation;
import org.wikirefine.internal.template.InfoboxHandler;
import org.wikirefine.internal.template.Inlines;
import org.wikirefine.internal.template.TemplateCallScanner;
import org.wikirefine.internal.template.TemplateContext;
import org.wikirefine.internal.template.TemplateHandler;
import org.wikirefine.internal.template.TemplateNames;
import org.wikirefine.internal.template.TemplateRegistry;
import org.wikirefine.internal.wikitext.Decline;
import org.wikirefine.internal.wikitext.SiteSyntax;
import org.wikirefine.internal.wikitext.WikitextParser;

/**
 * Builds the {@link ArticleModel} of one page: parses it, walks the tree, hands template calls to their handlers
 * and references to the {@link ReferenceCollector}. Holds all per-page state; one builder per page, used by one
 * thread (a big-stack thread, since it calls Sweble).
 */
public final class ArticleBuilder {

    /** Template calls nested deeper than this are dropped (MediaWiki's $wgMaxTemplateDepth is 100; values nest less). */
    static final int MAX_TEMPLATE_DEPTH = 40;
    /** Cap on diagnostics kept per page, so one broken page cannot flood a dump's statistics. */
    static final int MAX_DIAGNOSTICS = 500;

    private final Page page;
    private final WikiProfile profile;
    private final WikiSyntax syntax;
    private final SwebleParser parser;
    private final TemplateRegistry templates;
    private final NodeWalker walker = new NodeWalker(this);
    private final ReferenceCollector refs = new ReferenceCollector();

    private final List<InfoboxModel> infoboxes = new ArrayList<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private final Set<String> links = new LinkedHashSet<>();
    private final List<ImageModel> images = new ArrayList<>();
    private final List<TemplateCall> calls = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Block> pendingBlocks = new ArrayList<>();
    private final List<org.wikirefine.Coordinates> coordinates = new ArrayList<>();
    /** The template whose first parameter is the page's short description (enwiki's, used on other wikis too). */
    private static final String SHORT_DESCRIPTION = "Short description";
    /** The group of the reference list whose body is being read (list-defined refs), or {@code null}. */
    private String listDefining;
    /** Refs cited so far (for the diagnostics of refs in unknown templates). */
    private int refsCited;
    private String displayTitle;
    private boolean noContentConvert;
    private boolean noTitleConvert;
    private int depth;
    private int droppedDiagnostics;
    /** What this page may still parse: deterministic, counted in characters ({@link WorkBudget}). */
    private final WorkBudget work;
    /** Hidden conversion rules emitted so far ({@link TemplateContext#emittedRules()}). */
    private final java.util.Set<String> emittedRules = new java.util.HashSet<>();
    /** Offsets in the page text; {@link SourcePositions#NONE} while a fragment is walked. */
    private SourcePositions positions = SourcePositions.NONE;
    /** Offset of the template call or tag being handled (diagnostics are tied to it), or -1. */
    private int currentOffset = -1;
    /** Where a citation template reports its data while a reference body is parsed; null outside ref bodies. */
    private Citation[] currentCitation;
    /** The native parser, when this page is built with it; fragments then go through it too. */
    private NativeWalker nativeWalker;

    public ArticleBuilder(Page page, WikiProfile profile, SwebleParser parser, TemplateRegistry templates) {
        this.page = page;
        this.profile = profile;
        this.syntax = WikiSyntax.of(profile);
        this.parser = parser;
        this.templates = templates;
        this.work = WorkBudget.forPage(page.text().length());
    }

    /** Parses and builds. Throws only what Sweble throws (the caller falls back); bad markup is not an error. */
    public ArticleModel build() throws Exception {
        List<Block> body = new ArrayList<>();
        String redirect = redirect(body);
        String text = redirect == null ? page.text() : syntax.afterRedirect(page.text());
        work.parse(text.length());
        String parsed = ConversionPipes.prepare(RefNamesCase.lowerRefTags(TableResidue.unindentTables(text)));
        WtNode root = parser.parse(parsed);
        positions = SourcePositions.of(parsed);
        body.addAll(walker.blocks(root));
        positions = SourcePositions.NONE;
        return finish(redirect, body, false);
    }

    /**
     * Parses and builds with the native parser. Throws {@link Decline} for what it does not handle faithfully;
     * the caller then builds the page with a fresh builder through {@link #build()}.
     */
    public ArticleModel buildNative(WikitextParser nativeParser, SiteSyntax siteSyntax) {
        NativeWalker.checkSupported(page.text());
        nativeWalker = new NativeWalker(this, walker, nativeParser, siteSyntax);
        List<Block> body = new ArrayList<>();
        String redirect = redirect(body);
        String text = redirect == null ? page.text() : syntax.afterRedirect(page.text());
        work.parse(text.length());
        body.addAll(nativeWalker.pageBlocks(nativeParser.parse(text)));
        return finish(redirect, body, false);
    }

    /** Records that the native parser declined this page (before it is built through Sweble). */
    public ArticleBuilder declined(String reason) {
        if (reason != null) {
            diagnostic("NATIVE_PARSER_DECLINED", Diagnostic.Severity.INFO,
                    "the native parser declined the page (" + reason + "); it was parsed by Sweble");
        }
        return this;
    }

    /** The redirect target, if the page is a redirect; it renders as the link to its target, never empty. */
    private String redirect(List<Block> body) {
        String redirect = syntax.redirectTarget(page.text());
        if (redirect != null) {
            link(redirect);
            body.add(new Block.Paragraph(List.of(new Inline.InternalLink(redirect, List.of(new Inline.Text(redirect))))));
        }
        return redirect;
    }

    /** The model for a page that could not be parsed: its plain-text fallback plus the reason as an error. */
    public ArticleModel fallback(String code, String reason) {
        diagnostic(code, Diagnostic.Severity.ERROR, reason + "; the page was rendered by the plain-text fallback");
        List<Block> body = PlainFallback.blocks(page.text(), profile);
        return finish(syntax.redirectTarget(page.text()), body, true);
    }

    private ArticleModel finish(String redirect, List<Block> body, boolean fallback) {
        var lists = refs.finish();
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(refs.diagnostics());
        if (droppedDiagnostics > 0) {
            all.add(new Diagnostic("DIAGNOSTICS_CAPPED", Diagnostic.Severity.INFO, -1,
                    droppedDiagnostics + " more diagnostics were not kept"));
        }
        return new ArticleModel(page, redirect, displayTitle, noContentConvert, noTitleConvert, List.copyOf(infoboxes),
                List.copyOf(body), lists, List.copyOf(categories), List.copyOf(links), List.copyOf(images),
                List.copyOf(calls), List.copyOf(all), fallback, facts(), profile);
    }

    private PageFacts facts() {
        String description = null;
        for (TemplateCall c : calls) {
            if (c.name().equalsIgnoreCase(SHORT_DESCRIPTION)) {
                description = c.parameter("1").map(v -> Inlines.plain(parseFragmentInline(v)).strip())
                        .filter(v -> !v.isEmpty() && !v.equalsIgnoreCase("none")).orElse(null);
                break;
            }
        }
        // Points read from infobox parameters count only when no {{coord}} gave one (they often repeat it).
        List<org.wikirefine.Coordinates> fromCoord = coordinates.stream()
                .filter(c -> !c.display().equals(InfoboxHandler.INFOBOX_DISPLAY)).toList();
        return new PageFacts(SiteUrls.pageUrl(profile, page.title()), description,
                fromCoord.isEmpty() ? coordinates : fromCoord, SiteUrls.articlePath(profile));
    }

    // ---------------------------------------------------------------- called by the walker

    void category(String name) {
        int bar = name.indexOf('|');
        String n = (bar >= 0 ? name.substring(0, bar) : name).replace('_', ' ').trim();
        if (!n.isEmpty()) {
            categories.add(n);
        }
    }

    void link(String target) {
        links.add(target);
    }

    void image(String target, List<Inline> caption) {
        images.add(new ImageModel(target, List.copyOf(caption)));
    }

    WikiProfile profile() {
        return profile;
    }

    WikiSyntax syntax() {
        return syntax;
    }

    boolean isInterlanguage(String target) {
        return WikiNames.isInterlanguage(target, profile);
    }

    void pageSwitch(String word) {
        String id = syntax.switchId(word).orElse("");
        noContentConvert |= id.equals("nocontentconvert");
        noTitleConvert |= id.equals("notitleconvert");
    }

    void diagnostic(String code, Diagnostic.Severity severity, String message) {
        if (diagnostics.size() >= MAX_DIAGNOSTICS) {
            droppedDiagnostics++;
            return;
        }
        diagnostics.add(new Diagnostic(code, severity, currentOffset, message));
    }

    /** Parses a fragment (a template value, a ref body) into inline content, through this page's state. */
    List<Inline> parseFragmentInline(String wikitext) {
        String text = wikitext.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        boolean spaceBefore = Character.isWhitespace(wikitext.charAt(0));
        boolean spaceAfter = Character.isWhitespace(wikitext.charAt(wikitext.length() - 1));
        if (!spaceBefore && !spaceAfter) {
            return parseStripped(text);
        }
        // Whitespace around a value is not markup (a leading space would make a preformatted line), but it still
        // separates words, as in " (東京タワー)" after an English name.
        List<Inline> out = new ArrayList<>();
        if (spaceBefore) {
            out.add(new Inline.Text(" "));
        }
        out.addAll(parseStripped(text));
        if (spaceAfter) {
            out.add(new Inline.Text(" "));
        }
        return out;
    }

    private List<Inline> parseStripped(String text) {
        if (isPlainText(text)) {
            // Most parameter values are plain words; a Sweble call costs far more than this scan.
            return List.of(new Inline.Text(text));
        }
        Optional<String> problem = WikitextGuard.check(text);
        if (problem.isPresent()) {
            diagnostic("FRAGMENT_TOO_COMPLEX", Diagnostic.Severity.WARNING, problem.get() + " (in a template value or ref)");
            return NodeWalker.flattenBlocks(PlainFallback.blocks(text, profile));
        }
        work.parse(text.length());
        if (nativeWalker != null) {
            try {
                return nativeWalker.fragment(text);
            } catch (Decline d) {
                diagnostic("NATIVE_FRAGMENT_DECLINED", Diagnostic.Severity.INFO, "the native parser declined a template"
                        + " value or ref (" + d.getMessage() + "); it was parsed by Sweble");
            }
        }
        WtNode root = swebleFragment(text, "a fragment");
        if (root == null) {
            return NodeWalker.flattenBlocks(PlainFallback.blocks(text, profile));
        }
        BlockSink sink = new BlockSink();
        SourcePositions outer = positions;
        positions = SourcePositions.NONE;
        try {
            for (WtNode c : root) {
                walker.block(c, sink);
            }
        } finally {
            positions = outer;
        }
        return NodeWalker.flattenBlocks(sink.finish());
    }

    /** True if the text holds no character that could start wikitext markup, an entity or a magic word. */
    static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '[', ']', '{', '}', '<', '>', '\'', '&', '*', '#', ':', ';', '=', '~', '_', '|', '\n', '\r', '-':
                    return false;
                default:
                    if (text.charAt(i) >= '\uE000' && text.charAt(i) <= '\uF8FF') {
                        return false; // private use: must go through ConversionPipes.prepare like any page text
                    }
                    break;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- references

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
            RefEntry defined = refs.defineListed(listGroup, group, name, content, currentOffset);
            if (defined != null) {
                attach(defined, citation[0]);
            }
            return;
        }
        List<Inline> content = empty ? null : withSummary(parseRefBody(body, citation), body);
        refsCited++;
        RefUse use = refs.cite(group, name, follow, content, currentOffset);
        if (use != null) {
            attach(use.entry(), citation[0]);
            out.add(new Inline.RefMarker(use));
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
            return parseFragmentInline(body);
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
        diagnostic("REF_TEMPLATE_SUMMARY", Diagnostic.Severity.INFO,
                "a reference made only of templates without a rule shows a summary of the calls: " + sb);
        return List.of(new Inline.Verbatim(sb.toString()));
    }

    /** A parameter value as plain words (markup stripped by the linear fallback stripper). */
    private String plainValue(String raw) {
        return Inlines.plain(Blocks.flatten(PlainFallback.blocks(raw, profile)));
    }

    /** {@code <references/>} as Sweble gives it when it has no body (an XML element). */
    void referenceList(String group, WtNode body, BlockSink sink, List<Inline> out) {
        if (body != null) {
            defineListed(group, body);
        }
        placeList(group, sink);
    }

    /** {@code <references>…</references>} with list-defined refs, whose body Sweble leaves raw. */
    void referenceListFromText(String group, String body, BlockSink sink, List<Inline> out) {
        if (body != null && !body.isBlank()) {
            defineListedText(group, body);
        }
        placeList(group, sink);
    }

    /** Closes the group's list here (Cite clears the group at each list) and places it. */
    private void placeList(String group, BlockSink sink) {
        if (listDefining != null) {
            // A list inside a list's body (Cite's T242437 edge cases): its refs already went to the outer list.
            return;
        }
        Block list = new Block.ReferenceList(refs.closeList(group));
        if (sink != null) {
            sink.add(list);
        } else {
            pendingBlocks.add(list);
        }
    }

    /** A fragment (value, ref body, list body) parsed by Sweble, or null after a FRAGMENT_PARSE_FAILED diagnostic. */
    private WtNode swebleFragment(String wikitext, String what) {
        try {
            return parser.parse(ConversionPipes.prepare(RefNamesCase.lowerRefTags(wikitext)));
        } catch (Exception | StackOverflowError e) {
            diagnostic("FRAGMENT_PARSE_FAILED", Diagnostic.Severity.WARNING, "Sweble failed on " + what + ": " + e);
            return null;
        }
    }

    private void defineListedText(String group, String wikitext) {
        work.parse(wikitext.length());
        if (nativeWalker != null) {
            try {
                nativeWalker.defineListed(group, wikitext);
                return;
            } catch (Decline d) {
                diagnostic("NATIVE_FRAGMENT_DECLINED", Diagnostic.Severity.INFO, "the native parser declined a"
                        + " reference list's body (" + d.getMessage() + "); it was parsed by Sweble");
            }
        }
        WtNode root = swebleFragment(wikitext, "a reference list");
        if (root == null) {
            return;
        }
        SourcePositions outer = positions;
        positions = SourcePositions.NONE;
        try {
            defineListed(group, root);
        } finally {
            positions = outer;
        }
    }

    /**
     * Walks a reference list's body in list-defining mode: refs in it (also those made by templates) define entries
     * of the list's group; everything else in the body is ignored, as Cite ignores it.
     */
    private void defineListed(String group, WtNode node) {
        defineListed(group, () -> walker.blocks(node));
    }

    /** Walks a reference list's body ({@code walk}) in list-defining mode. */
    void defineListed(String group, Runnable walk) {
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

    // ---------------------------------------------------------------- templates

    void template(WtTemplate tpl, List<Inline> out, BlockSink sink) {
        call(tpl, out, sink, false);
    }

    /**
     * A template call that stands alone on its line(s) at block level: without a rule and without arguments it is
     * taken as a navigation or layout box ({@code BLOCK_TEMPLATE}) rather than as missing inline text.
     */
    void blockTemplate(WtTemplate tpl, List<Inline> out, BlockSink sink) {
        // Only in the page's own text: a ref body or a template value is inline content whatever its lines.
        call(tpl, out, sink, positions != SourcePositions.NONE);
    }

    private void call(WtTemplate tpl, List<Inline> out, BlockSink sink, boolean aloneOnLine) {
        int outer = enter(tpl);
        try {
            template(NodeWalker.plain(tpl.getName()), NodeWalker.nameText(tpl.getName()), parameters(tpl),
                    positions.offset(tpl), aloneOnLine, out, sink);
        } finally {
            currentOffset = outer;
        }
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
    void template(String rawName, String written, List<TemplateCall.Parameter> params, int offset,
                  boolean aloneOnLine, List<Inline> out, BlockSink sink) {
        int before = out.size();
        int outer = currentOffset;
        if (offset >= 0) {
            currentOffset = offset;
        }
        try {
            templateCall(rawName.trim(), written.trim(), params, offset, aloneOnLine, out, sink);
        } finally {
            currentOffset = outer;
        }
        if (out.size() == before) {
            out.add(new Inline.Text(Inline.DROPPED));
        }
        flushPending(sink);
    }

    /**
     * Makes {@code node} (a template call or a tag of the page text) the position diagnostics refer to; returns the
     * previous position, to restore with {@link #leave(int)}. Nodes of fragments keep the enclosing position.
     */
    int enter(WtNode node) {
        int outer = currentOffset;
        int at = positions.offset(node);
        if (at >= 0) {
            currentOffset = at;
        }
        return outer;
    }

    void leave(int outer) {
        currentOffset = outer;
    }

    /** Blocks a template or an inline-context tag placed (reference lists) go where block content can go next. */
    void flushPending(BlockSink sink) {
        if (sink != null && !pendingBlocks.isEmpty()) {
            for (Block b : pendingBlocks) {
                sink.add(b);
            }
            pendingBlocks.clear();
        }
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
        diagnostic("TEMPLATE_DEPTH", Diagnostic.Severity.WARNING, "template '" + name + "' nested deeper than "
                + MAX_TEMPLATE_DEPTH + (last == null ? "; dropped" : "; its last unnamed argument is kept as plain text"));
        if (last != null) {
            out.addAll(NodeWalker.flattenBlocks(PlainFallback.blocks(last, profile)));
        }
    }

    /** No newline inside and none of the characters MediaWiki forbids in titles ({@code <>[]{}|}). */
    private static boolean isValidName(String name) {
        return name.chars().noneMatch(c -> c == '\n' || "<>[]{}|".indexOf(c) >= 0);
    }

    private void templateCall(String rawName, String written, List<TemplateCall.Parameter> params, int offset,
                              boolean aloneOnLine, List<Inline> out, BlockSink sink) {
        if (magic(rawName, params, offset, out)) {
            return;
        }
        String name = TemplateNames.normalize(stripSubst(written));
        if (name.isEmpty()) {
            return;
        }
        if (!isValidName(written) || !isValidName(name)) {
            // Not a title MediaWiki accepts, so no template call (MediaWiki shows the braces as text); never a name.
            diagnostic("INVALID_TEMPLATE_NAME", Diagnostic.Severity.INFO, "'{{' starts no template here: the name is"
                    + " not a valid title; dropped");
            return;
        }
        TemplateCall call = new TemplateCall(name, params, offset, false);
        // The infobox heuristic (mostly named parameters) looks at the whole call; inside a reference body a template
        // is a citation or a note, never an infobox, so there only the name decides.
        Optional<TemplateHandler> handler = depth >= MAX_TEMPLATE_DEPTH ? Optional.empty()
                : currentCitation != null ? templates.handlerFor(name) : templates.handlerFor(call);
        int index = calls.size();
        calls.add(handler.isPresent() ? new TemplateCall(name, params, call.offset(), true) : call);
        if (handler.isEmpty()) {
            if (depth >= MAX_TEMPLATE_DEPTH) {
                keepTextOfTooDeep(name, params, out);
            } else {
                Variables.value(name, page).ifPresentOrElse(v -> out.add(new Inline.Text(v)), () -> unknown(name,
                        aloneOnLine && params.isEmpty()));
                if (Variables.value(name, page).isPresent()) {
                    calls.set(index, new TemplateCall(name, params, call.offset(), true));
                } else {
                    numberRefsOf(name, params);
                }
            }
            return;
        }
        depth++;
        try {
            handler.get().handle(calls.get(index), new CallContext(out));
        } catch (WorkBudget.Exceeded e) {
            throw e; // the page is over its budget: not this handler's failure
        } catch (RuntimeException | StackOverflowError e) {
            diagnostic("TEMPLATE_HANDLER_FAILED", Diagnostic.Severity.ERROR,
                    "handler for template '" + name + "' failed (this is a bug): " + e);
        } finally {
            depth--;
        }
    }

    /**
     * Reports a template without a rule. One alone on its line without arguments has the shape of a navigation
     * box, a sidebar or a layout helper (MediaWiki shows a box, not words of the sentence); any other is inline
     * text the reader misses.
     */
    private void unknown(String name, boolean blockShape) {
        if (blockShape) {
            diagnostic("BLOCK_TEMPLATE", Diagnostic.Severity.INFO, "template '" + name + "' has no rule; alone on its"
                    + " line without arguments, taken as a navigation or layout box; dropped");
        } else {
            diagnostic("UNKNOWN_TEMPLATE", Diagnostic.Severity.INFO, "template '" + name + "' has no rule; dropped");
        }
    }

    /**
     * A template without a rule is dropped, but the refs in its arguments still take their numbers: on the wiki the
     * template exists and (almost always) shows the arguments it is given, so leaving them out would shift the
     * number of every later ref. Their markers go with the template; their entries stay in the list. A {@code refs=}
     * parameter holds list-defined refs of a reference-list template and is left alone.
     */
    private void numberRefsOf(String name, List<TemplateCall.Parameter> params) {
        int before = refsCited;
        for (TemplateCall.Parameter p : params) {
            if (p.name().equals("refs")) {
                continue; // list-defined refs of a reference-list template ({{reflist|refs=}}): definitions, not uses
            }
            String v = p.value();
            if (v.indexOf('<') >= 0 && REF_TAG.matcher(v).find() || v.contains("#tag:ref") || v.contains("#tag:Ref")) {
                depth++;
                try {
                    parseFragmentInline(v);
                } finally {
                    depth--;
                }
            }
        }
        if (refsCited > before) {
            diagnostic("REF_IN_UNKNOWN_TEMPLATE", Diagnostic.Severity.INFO, (refsCited - before) + " ref(s) in the"
                    + " arguments of template '" + name + "' (no rule) were numbered; their markers were dropped with"
                    + " the template");
        }
    }

    private static final java.util.regex.Pattern REF_TAG = java.util.regex.Pattern.compile("(?i)<ref[\\s>/]");

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

    /** Parser functions and magic words with a colon. Returns true if the call was one of them. */
    private boolean magic(String rawName, List<TemplateCall.Parameter> params, int offset, List<Inline> out) {
        int colon = rawName.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String fn = rawName.substring(0, colon).trim();
        String arg = rawName.substring(colon + 1);
        String upper = syntax.canonicalFunction(fn).orElse(fn.toUpperCase(Locale.ROOT));
        switch (upper) {
            case "DISPLAYTITLE":
                displayTitle = Inlines.plain(parseFragmentInline(arg));
                return true;
            case "DEFAULTSORT", "DEFAULTSORTKEY", "DEFAULTCATEGORYSORT":
                return true;
            case "LC":
                out.addAll(mapText(parseFragmentInline(arg), s -> s.toLowerCase(Locale.ROOT)));
                return true;
            case "UC":
                out.addAll(mapText(parseFragmentInline(arg), s -> s.toUpperCase(Locale.ROOT)));
                return true;
            case "LCFIRST", "UCFIRST", "FORMATNUM", "#LANGUAGE", "PADLEFT", "PADRIGHT":
                out.addAll(parseFragmentInline(arg));
                return true;
            case "#TAG":
                tagFunction(arg.trim(), params, out);
                return true;
            default:
                break;
        }
        if (fn.startsWith("#")) {
            String name = "#" + fn.substring(1).trim().toLowerCase(Locale.ROOT)
                    + (upper.equals("#INVOKE") ? ":" + arg.trim() : "");
            if (!isValidName(name)) {
                diagnostic("INVALID_TEMPLATE_NAME", Diagnostic.Severity.INFO, "'{{' starts no parser function here:"
                        + " the name is not valid; dropped");
                return true;
            }
            calls.add(new TemplateCall(name, params, offset, false));
            diagnostic("PARSER_FUNCTION", Diagnostic.Severity.INFO,
                    "parser function '" + name + "' is not evaluated (no template expansion); dropped");
            return true;
        }
        return false;
    }

    /** {@code {{#tag:ref|body|name=x|group=y}}} is a ref; other tags are dropped. */
    private void tagFunction(String tag, List<TemplateCall.Parameter> params, List<Inline> out) {
        if (tag.equalsIgnoreCase("references")) {
            String body = null;
            String group = null;
            for (TemplateCall.Parameter p : params) {
                switch (p.name()) {
                    case "1" -> body = p.value();
                    case "group" -> group = unquote(p.value());
                    default -> { }
                }
            }
            referenceListFromText(group, body, null, out);
            return;
        }
        if (!tag.equalsIgnoreCase("ref")) {
            diagnostic("PARSER_FUNCTION", Diagnostic.Severity.INFO, "#tag:" + tag + " is not evaluated; dropped");
            return;
        }
        String body = null;
        String name = null;
        String group = null;
        String follow = null;
        for (TemplateCall.Parameter p : params) {
            switch (p.name()) {
                case "1" -> body = p.value();
                case "name" -> name = unquote(p.value());
                case "group" -> group = unquote(p.value());
                case "follow" -> follow = unquote(p.value());
                default -> { }
            }
        }
        ref(name, group, follow, body == null ? "" : body, body == null || body.isBlank(), out);
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

    private List<TemplateCall.Parameter> parameters(WtTemplate tpl) {
        List<TemplateCall.Parameter> params = new ArrayList<>();
        int positional = 0;
        for (WtNode n : tpl.getArgs()) {
            if (!(n instanceof WtTemplateArgument arg)) {
                continue;
            }
            String value = WtRtDataPrinter.print(arg.getValue());
            if (arg.hasName()) {
                String key = NodeWalker.nameText(arg.getName()).trim();
                params.add(new TemplateCall.Parameter(key, value.trim()));
            } else {
                positional++;
                params.add(new TemplateCall.Parameter(Integer.toString(positional), value));
            }
        }
        return params;
    }

    private static List<Inline> mapText(List<Inline> content, java.util.function.UnaryOperator<String> f) {
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

    /** The {@link TemplateContext} of one call: output goes to the inline list at the call's position. */
    private final class CallContext implements TemplateContext {
        private final List<Inline> out;

        CallContext(List<Inline> out) {
            this.out = out;
        }

        @Override
        public List<Inline> parseInline(String wikitext) {
            return wikitext == null ? List.of() : parseFragmentInline(wikitext);
        }

        @Override
        public void emit(List<Inline> content) {
            out.addAll(content);
        }

        @Override
        public void addInfobox(InfoboxModel infobox) {
            out.add(new Inline.InfoboxAnchor(infoboxes.size()));
            infoboxes.add(infobox);
        }

        @Override
        public RefUse cite(String group, String name, String bodyWikitext) {
            List<Inline> sink = new ArrayList<>();
            ref(name, group, null, bodyWikitext == null ? "" : bodyWikitext,
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
            if (currentCitation != null && currentCitation[0] == null) {
                currentCitation[0] = citation;
            }
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
            if (listDefinedWikitext != null && !listDefinedWikitext.isBlank()) {
                defineListedText(group, listDefinedWikitext);
            }
            placeList(group, null);
        }

        @Override
        public void diagnostic(String code, Diagnostic.Severity severity, String message) {
            ArticleBuilder.this.diagnostic(code, severity, message);
        }

        @Override
        public int depth() {
            return depth - 1;
        }

        @Override
        public java.util.Set<String> emittedRules() {
            return emittedRules;
        }

        @Override
        public void data(String kind, java.util.Map<String, String> fields) {
            if (kind.equals("coordinates")) {
                try {
                    coordinates.add(new org.wikirefine.Coordinates(Double.parseDouble(fields.get("lat")),
                            Double.parseDouble(fields.get("lon")), fields.getOrDefault("display", "inline"),
                            fields.get("name")));
                } catch (RuntimeException e) {
                    diagnostic("COORD_UNREADABLE", Diagnostic.Severity.WARNING, "coordinates without numbers: " + fields);
                }
            }
        }
    }
}
