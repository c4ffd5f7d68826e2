package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sweble.wikitext.parser.nodes.WtNode;
import org.wikirefine.Diagnostic;
import org.wikirefine.Page;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.site.WikiSyntax;
import org.wikirefine.internal.model.ArticleModel;
import org.wikirefine.internal.model.Block;
import org.wikirefine.internal.model.ImageModel;
import org.wikirefine.internal.model.PageFacts;
import org.wikirefine.internal.site.SiteUrls;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.parse.SwebleParser;
import org.wikirefine.internal.parse.WikiNames;
import org.wikirefine.internal.parse.WikitextGuard;
import org.wikirefine.internal.parse.WorkBudget;
import org.wikirefine.internal.model.Blocks;
import org.wikirefine.internal.template.TemplateRegistry;
import org.wikirefine.internal.wikitext.Decline;
import org.wikirefine.internal.wikitext.SiteSyntax;
import org.wikirefine.internal.wikitext.WikitextParser;

/**
 * Builds the {@link ArticleModel} of one page: parses it with the chosen engine, has the walker of that engine
 * ({@link NodeWalker} for Sweble, {@link NativeWalker}) turn the tree into blocks, and gathers the result. The walkers
 * hand template calls to the {@link TemplateStage} and references to the {@link ReferenceStage}; this class keeps
 * the page's own state (links, categories, images, page switches, diagnostics, source positions, the work budget)
 * and parses the fragments the stages ask for (template values, ref bodies). One builder per page, used by one
 * thread (a big-stack thread, since it calls Sweble).
 */
public final class ArticleBuilder {

    /** Cap on diagnostics kept per page, so one broken page cannot flood a dump's statistics. */
    static final int MAX_DIAGNOSTICS = 500;

    private final Page page;
    private final WikiProfile profile;
    private final WikiSyntax syntax;
    private final SwebleParser parser;
    private final NodeWalker walker;
    private final ReferenceStage references = new ReferenceStage(this);
    private final TemplateStage templates;
    private final ExtensionTags tags = new ExtensionTags(this, references);
    private final InternalLinks internalLinks = new InternalLinks(this);

    private final Set<String> categories = new LinkedHashSet<>();
    private final Set<String> links = new LinkedHashSet<>();
    private final List<ImageModel> images = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Block> pendingBlocks = new ArrayList<>();
    private String displayTitle;
    private boolean noContentConvert;
    private boolean noTitleConvert;
    private int droppedDiagnostics;
    /** What this page may still parse: deterministic, counted in characters ({@link WorkBudget}). */
    private final WorkBudget work;
    /** Offsets in the page text; {@link SourcePositions#NONE} while a fragment is walked. */
    private SourcePositions positions = SourcePositions.NONE;
    /** Offset of the template call or tag being handled (diagnostics are tied to it), or -1. */
    private int currentOffset = -1;
    /** The native parser, when this page is built with it; fragments then go through it too. */
    private NativeWalker nativeWalker;

    public ArticleBuilder(Page page, WikiProfile profile, SwebleParser parser, TemplateRegistry templates) {
        this.page = page;
        this.profile = profile;
        this.syntax = WikiSyntax.of(profile);
        this.parser = parser;
        this.templates = new TemplateStage(this, references, templates);
        this.walker = new NodeWalker(this, this.templates, references, tags, internalLinks);
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
        nativeWalker = new NativeWalker(this, nativeParser, siteSyntax);
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
        var lists = references.finish();
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(references.diagnostics());
        if (droppedDiagnostics > 0) {
            all.add(new Diagnostic("DIAGNOSTICS_CAPPED", Diagnostic.Severity.INFO, -1,
                    droppedDiagnostics + " more diagnostics were not kept"));
        }
        return new ArticleModel(page, redirect, displayTitle, noContentConvert, noTitleConvert,
                List.copyOf(templates.infoboxes()), List.copyOf(body), lists, List.copyOf(categories),
                List.copyOf(links), List.copyOf(images), List.copyOf(templates.calls()), List.copyOf(all), fallback,
                facts(), profile);
    }

    private PageFacts facts() {
        return new PageFacts(SiteUrls.pageUrl(profile, page.title()), templates.shortDescription(),
                templates.coordinates(), SiteUrls.articlePath(profile));
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

    /** The template stage, for the walkers. */
    TemplateStage templateStage() {
        return templates;
    }

    /** What extension tags become, for the walkers. */
    ExtensionTags extensionTags() {
        return tags;
    }

    /** What internal links become, for the walkers. */
    InternalLinks internalLinks() {
        return internalLinks;
    }

    Page page() {
        return page;
    }

    WikiProfile profile() {
        return profile;
    }

    void displayTitle(String title) {
        displayTitle = title;
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
        if (nativeWalker != null) {
            // The native parser is linear: the guard below protects Sweble only.
            work.parse(text.length());
            try {
                return nativeWalker.fragment(text);
            } catch (Decline d) {
                diagnostic("NATIVE_FRAGMENT_DECLINED", Diagnostic.Severity.INFO, "the native parser declined a template"
                        + " value or ref (" + d.getMessage() + "); it was parsed by Sweble");
            }
        }
        Optional<String> problem = WikitextGuard.check(text);
        if (problem.isPresent()) {
            diagnostic("FRAGMENT_TOO_COMPLEX", Diagnostic.Severity.WARNING, problem.get() + " (in a template value or ref)");
            return Blocks.flatten(PlainFallback.blocks(text, profile));
        }
        if (nativeWalker == null) {
            work.parse(text.length());
        }
        WtNode root = swebleFragment(text, "a fragment");
        if (root == null) {
            return Blocks.flatten(PlainFallback.blocks(text, profile));
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
        return Blocks.flatten(sink.finish());
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

    // ---------------------------------------------------------------- fragments of the stages

    /**
     * Walks a reference list's body that the parser left raw (the {@link ReferenceStage} has put the page in
     * list-defining mode): with the native parser when this page uses it, else (or when it declines) Sweble.
     */
    void walkListBody(String wikitext) {
        work.parse(wikitext.length());
        if (nativeWalker != null) {
            try {
                nativeWalker.walkListBody(wikitext);
                return;
            } catch (Decline d) {
                diagnostic("NATIVE_FRAGMENT_DECLINED", Diagnostic.Severity.INFO, "the native parser declined a"
                        + " reference list's body (" + d.getMessage() + "); it was parsed by Sweble");
            }
        }
        Optional<String> problem = nativeWalker == null ? Optional.empty() : WikitextGuard.check(wikitext);
        if (problem.isPresent()) { // on the Sweble path the page's own guard has seen this body already
            diagnostic("FRAGMENT_TOO_COMPLEX", Diagnostic.Severity.WARNING, problem.get() + " (in a reference list)");
            return;
        }
        WtNode root = swebleFragment(wikitext, "a reference list");
        if (root == null) {
            return;
        }
        SourcePositions outer = positions;
        positions = SourcePositions.NONE;
        try {
            walker.blocks(root);
        } finally {
            positions = outer;
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

    // ---------------------------------------------------------------- positions and placement

    /** Where a Sweble node of the page text starts, or -1 (nodes of fragments). */
    int offsetOf(WtNode node) {
        return positions.offset(node);
    }

    /** Whether the page's own text is walked (not a fragment: a ref body or a template value). */
    boolean inPageText() {
        return positions != SourcePositions.NONE;
    }

    /** The offset diagnostics are tied to now, or -1. */
    int currentOffset() {
        return currentOffset;
    }

    /**
     * Makes {@code node} (a template call or a tag of the page text) the position diagnostics refer to; returns the
     * previous position, to restore with {@link #leave(int)}. Nodes of fragments keep the enclosing position.
     */
    int enter(WtNode node) {
        return at(positions.offset(node));
    }

    /** Makes {@code offset} the position diagnostics refer to, unless it is -1; returns the previous position. */
    int at(int offset) {
        int outer = currentOffset;
        if (offset >= 0) {
            currentOffset = offset;
        }
        return outer;
    }

    void leave(int outer) {
        currentOffset = outer;
    }

    /** Places a block a stage made: into the sink in block context, else where block content can go next. */
    void place(Block block, BlockSink sink) {
        if (sink != null) {
            sink.add(block);
        } else {
            pendingBlocks.add(block);
        }
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
}
