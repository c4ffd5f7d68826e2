package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.wikirefine.TemplateCall;
import org.wikirefine.internal.model.Block;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.parse.WikitextGuard;
import org.wikirefine.internal.wikitext.Decline;
import org.wikirefine.internal.wikitext.SiteSyntax;
import org.wikirefine.internal.wikitext.TagAttributes;
import org.wikirefine.internal.wikitext.WikiNode;
import org.wikirefine.internal.wikitext.WikiTags;
import org.wikirefine.internal.wikitext.WikitextParser;

/**
 * Turns the native parser's tree into our blocks and inlines, as {@link NodeWalker} does for Sweble's, calling the
 * same {@link TemplateStage}, {@link ReferenceStage}, {@link ExtensionTags} and {@link InternalLinks}.
 * Template argument values come from the page's tree: a handler asking for a value's inline content gets it from the
 * nodes parsed with the page, not from a new parse of the value's text.
 */
final class NativeWalker {

    private final ArticleBuilder builder;
    private final WikitextParser parser;
    private final SiteSyntax syntax;
    /** The argument values of the calls met so far, for the handlers that ask for them. */
    private final ValueNodes values = new ValueNodes();
    /** Whether the page's own text is being walked (not a fragment): only its offsets are page offsets. */
    private boolean pageText;
    /** How many table cells enclose the node being walked. */
    private int cellDepth;

    NativeWalker(ArticleBuilder builder, WikitextParser parser, SiteSyntax syntax) {
        this.builder = builder;
        this.parser = parser;
        this.syntax = syntax;
    }

    /**
     * Declines pages over the size a wiki page may have, and pages with private-use characters: the Sweble path
     * escapes them and reserves a few for internal marks (ConversionPipes); the native path does not do that yet.
     * The rest of the guard Sweble needs (unclosed, crossed and deep brackets) is not needed: the native parser is
     * linear and declines nesting beyond its own bounds; a declined page then meets the guard on the Sweble path.
     */
    static void checkSupported(String text) {
        WikitextGuard.checkSize(text).ifPresent(problem -> {
            throw new Decline(problem);
        });
        checkPrivateUse(text);
    }

    private static void checkPrivateUse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\uE000' && c <= '\uF8FF') || (c >= '\uDB80' && c <= '\uDBFF')) {
                throw new Decline("private-use characters");
            }
        }
    }

    /** A template value or ref body: from the page's tree when it is an argument value, else parsed now. */
    List<Inline> fragment(String stripped) {
        return outsidePageText(() -> fragmentBlocks(stripped));
    }

    /** Runs {@code walk} over a fragment's own tree, whose offsets are not page offsets. */
    private <T> T outsidePageText(Supplier<T> walk) {
        boolean outer = pageText;
        pageText = false;
        try {
            return walk.get();
        } finally {
            pageText = outer;
        }
    }

    private List<Inline> fragmentBlocks(String stripped) {
        List<WikiNode> known = values.nodes(stripped);
        if (known == null) {
            // Argument values were checked with the text they were parsed from; other text may come from a rule's
            // pattern. The builder has guarded it already.
            checkPrivateUse(stripped);
        }
        List<WikiNode> blocks = known != null ? parser.blocks(known) : parser.parse(stripped);
        BlockSink sink = new BlockSink();
        for (WikiNode n : blocks) {
            block(n, sink);
        }
        return NodeWalker.flattenBlocks(sink.finish());
    }

    /** A reference list's body (the reference stage has put the page in list-defining mode). */
    void walkListBody(String wikitext) {
        checkSupported(wikitext);
        List<WikiNode> tree = parser.parse(wikitext);
        outsidePageText(() -> blocks(tree));
    }

    // ---------------------------------------------------------------- blocks

    /** The blocks of the page's own text. */
    List<Block> pageBlocks(List<WikiNode> nodes) {
        pageText = true;
        try {
            return blocks(nodes);
        } finally {
            pageText = false;
        }
    }

    List<Block> blocks(List<WikiNode> nodes) {
        BlockSink sink = new BlockSink();
        int i = 0;
        while (i < nodes.size()) {
            WikiNode n = nodes.get(i);
            if (n instanceof WikiNode.Heading h) {
                int end = i + 1;
                while (end < nodes.size() && !(nodes.get(end) instanceof WikiNode.Heading o && o.level() <= h.level())) {
                    end++;
                }
                List<Inline> title = inlines(h.content());
                sink.add(new Block.Section(h.level(), title, blocks(nodes.subList(i + 1, end))));
                builder.flushPending(sink);
                i = end;
            } else {
                block(n, sink);
                i++;
            }
        }
        return sink.finish();
    }

    private void block(WikiNode n, BlockSink sink) {
        if (n instanceof WikiNode.Paragraph p) {
            sink.flush();
            List<WikiNode> content = p.content();
            for (int i = 0; i < content.size(); i++) {
                WikiNode c = content.get(i);
                if (c instanceof WikiNode.Template t && pageText && cellDepth == 0
                        && BlockTemplates.aloneOnItsLine(content, i)) {
                    builder.templateStage().call(t.rawName(), t.rawName(), parameters(t), t.start(), true, sink.inline(),
                            sink);
                } else if (c instanceof WikiNode.Text t) {
                    text(TableResidue.withoutRowSeparators(t.text(), i == 0), sink.inline());
                } else {
                    inline(c, sink.inline(), sink);
                }
            }
            sink.flush();
        } else if (n instanceof WikiNode.Heading h) {
            sink.add(new Block.Section(h.level(), inlines(h.content()), List.of()));
        } else if (n instanceof WikiNode.ListBlock l) {
            sink.add(new Block.ListBlock(listItems(l)));
        } else if (n instanceof WikiNode.Table t) {
            sink.add(table(t));
        } else if (n instanceof WikiNode.Preformatted p) {
            sink.add(new Block.Preformatted(preformatted(p)));
        } else if (n instanceof WikiNode.HorizontalRule) {
            sink.add(new Block.HorizontalRule());
        } else {
            inline(n, sink.inline(), sink);
        }
        builder.flushPending(sink);
    }

    private List<Block.ListItem> listItems(WikiNode.ListBlock list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (WikiNode.ListItem item : list.items()) {
            Block.ListKind kind = switch (item.kind()) {
                case '#' -> Block.ListKind.NUMBERED;
                case ';' -> Block.ListKind.TERM;
                case ':' -> Block.ListKind.DEFINITION;
                default -> Block.ListKind.BULLET;
            };
            List<Inline> content = inlines(item.content());
            BlockSink nested = new BlockSink();
            for (WikiNode c : item.children()) {
                block(c, nested);
            }
            List<Block> children = nested.finish();
            TermSplit.addItem(kind, content, children, items);
        }
        return items;
    }

    private Block.Table table(WikiNode.Table t) {
        List<Inline> caption = inlines(t.caption());
        List<Block.TableRow> rows = new ArrayList<>();
        for (WikiNode.TableRow r : t.rows()) {
            List<Block.TableCell> cells = new ArrayList<>();
            for (WikiNode.TableCell c : r.cells()) {
                cellDepth++;
                try {
                    cells.add(new Block.TableCell(c.header(), TableResidue.cellContent(blocks(c.content()))));
                } finally {
                    cellDepth--;
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new Block.TableRow(cells));
            }
        }
        return new Block.Table(caption, rows);
    }

    private List<Inline> preformatted(WikiNode.Preformatted p) {
        List<Inline> out = new ArrayList<>();
        for (List<WikiNode> line : p.lines()) {
            if (!out.isEmpty()) {
                out.add(new Inline.LineBreak());
            }
            for (WikiNode c : line) {
                inline(c, out, null);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- inlines

    private List<Inline> inlines(List<WikiNode> nodes) {
        List<Inline> out = new ArrayList<>();
        for (WikiNode c : nodes) {
            inline(c, out, null);
        }
        return out;
    }

    private static void text(String text, List<Inline> out) {
        if (!text.isEmpty()) {
            out.add(new Inline.Text(text));
        }
    }

    private void inline(WikiNode n, List<Inline> out, BlockSink sink) {
        if (n instanceof WikiNode.Text t) {
            text(t.text(), out);
        } else if (n instanceof WikiNode.Template t) {
            builder.templateStage().call(t.rawName(), t.rawName(), parameters(t), pageText ? t.start() : -1, false, out,
                    sink);
        } else if (n instanceof WikiNode.ExtensionTag e) {
            String body = e.body() == null ? "" : e.body();
            int outer = builder.at(pageText ? e.start() : -1);
            try {
                builder.extensionTags().tag(e.name(), attributes(e.attributes()), body, e.body() == null || body.isEmpty(),
                        out, sink);
            } finally {
                builder.leave(outer);
            }
        } else if (n instanceof WikiNode.InternalLink l) {
            if (sink != null && l.options() != null && isBlockImage(l.options())) {
                sink.flush(); // a framed image is a block: the paragraph ends here and the text after starts a new one
                out = sink.inline();
            }
            internalLink(l, out);
        } else if (n instanceof WikiNode.ExternalLink l) {
            out.add(new Inline.ExternalLink(l.url(), l.label() == null ? List.of() : inlines(l.label())));
        } else if (n instanceof WikiNode.HtmlElement e) {
            element(e, out, sink);
        } else if (n instanceof WikiNode.BehaviourSwitch b) {
            builder.pageSwitch(b.word());
        } else if (n instanceof WikiNode.ParameterRef p) {
            // {{{1|default}}} outside a template: MediaWiki shows the default.
            if (p.defaultValue() != null) {
                for (Inline i : NodeWalker.flattenBlocks(blocks(parser.blocks(p.defaultValue())))) {
                    out.add(i);
                }
            }
        } else if (n instanceof WikiNode.Comment) {
            return;
        } else if (sink != null) {
            block(n, sink);
        } else {
            BlockSink local = new BlockSink();
            block(n, local);
            out.addAll(NodeWalker.flattenBlocks(local.finish()));
        }
    }

    private List<TemplateCall.Parameter> parameters(WikiNode.Template t) {
        List<TemplateCall.Parameter> params = new ArrayList<>(t.args().size());
        int positional = 0;
        for (WikiNode.Argument a : t.args()) {
            String value = a.rawValue();
            params.add(new TemplateCall.Parameter(a.name() != null ? nameText(a.name()) : Integer.toString(++positional),
                    value));
        }
        values.add(t.args());
        return params;
    }

    /**
     * A parameter name as the text it shows: a link in it ({@code |[[a|b]]=…}) gives its label, an HTML tag its
     * content, so no markup reaches infobox keys. Names without such markup (nearly all) are not parsed.
     */
    private String nameText(String name) {
        if (name.indexOf('[') < 0 && name.indexOf('<') < 0 && name.indexOf('\'') < 0 && name.indexOf('&') < 0) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        shownText(parser.parse(name), sb);
        return sb.toString().strip();
    }

    private static void shownText(List<WikiNode> nodes, StringBuilder sb) {
        for (WikiNode n : nodes) {
            if (n instanceof WikiNode.Text t) {
                sb.append(t.text());
            } else if (n instanceof WikiNode.InternalLink l) {
                if (l.label() != null) {
                    shownText(l.label(), sb);
                } else if (l.options() == null) {
                    sb.append(l.target()).append(l.trail());
                }
            } else if (n instanceof WikiNode.ExternalLink l && l.label() != null) {
                shownText(l.label(), sb);
            } else if (n instanceof WikiNode.HtmlElement e) {
                shownText(e.children(), sb);
            } else if (n instanceof WikiNode.Paragraph p) {
                shownText(p.content(), sb);
            }
        }
    }

    private static Map<String, String> attributes(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        TagAttributes.parse(raw).forEach((k, v) -> out.put(k, NodeWalker.attributeValue(v)));
        return out;
    }

    private void internalLink(WikiNode.InternalLink l, List<Inline> out) {
        String target = l.target();
        if (l.options() != null) {
            builder.image(target.replace('_', ' ').trim(), caption(l.options()));
            return;
        }
        builder.internalLinks().link(target, l.label() == null ? null : () -> inlines(l.label()), "", l.trail(), out);
    }

    private boolean isBlockImage(List<List<WikiNode>> options) {
        for (List<WikiNode> option : options) {
            if (option.size() == 1 && option.get(0) instanceof WikiNode.Text t && syntax.isBlockImageOption(t.text().trim())) {
                return true;
            }
        }
        return false;
    }

    /** A file link's caption: the last option that is not an option word. */
    private List<Inline> caption(List<List<WikiNode>> options) {
        List<WikiNode> caption = null;
        for (List<WikiNode> option : options) {
            if (!(option.size() == 1 && option.get(0) instanceof WikiNode.Text t && syntax.isImageOption(t.text().trim()))) {
                caption = option;
            }
        }
        return caption == null ? List.of() : inlines(caption);
    }

    /**
     * The text of a code span: text, calls as their source (as the Sweble path shows them); null when it holds
     * other markup (a link, a nowiki, quotes), which MediaWiki parses as anywhere else (oracle:
     * {@code <tt><nowiki><canvas></nowiki></tt>} shows {@code <canvas>}, {@code <code>a [[L|b]]</code>} shows
     * {@code a b}), so the element is then walked like any other, as the Sweble path does.
     */
    private static StringBuilder plain(List<WikiNode> nodes, StringBuilder sb) {
        for (WikiNode n : nodes) {
            if (n instanceof WikiNode.Text t) {
                sb.append(t.text());
            } else if (n instanceof WikiNode.Template t) {
                sb.append(t.raw());
            } else if (!(n instanceof WikiNode.HtmlElement e) || plain(e.children(), sb) == null) {
                return null;
            }
        }
        return sb;
    }

    private void element(WikiNode.HtmlElement e, List<Inline> out, BlockSink sink) {
        String name = e.name();
        if (name.equals("code") || name.equals("tt") || name.equals("kbd") || name.equals("samp") || name.equals("var")) {
            StringBuilder code = plain(e.children(), new StringBuilder());
            if (code != null) {
                out.add(new Inline.Code(code.toString()));
                return;
            }
        }
        if (!HtmlElements.open(name, out) || e.children().isEmpty()) {
            return;
        }
        if (sink != null && HtmlElements.isBlock(name)) {
            sink.flush();
            BlockSink inner = new BlockSink();
            for (WikiNode c : e.children()) {
                inline(c, inner.inline(), inner);
            }
            HtmlElements.place(name, inner.finish(), sink);
            return;
        }
        HtmlElements.inline(name, out, content -> {
            for (WikiNode c : e.children()) {
                inline(c, content, null);
            }
        });
    }
}
