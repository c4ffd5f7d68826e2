package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import org.sweble.wikitext.parser.nodes.WtBold;
import org.sweble.wikitext.parser.nodes.WtDefinitionList;
import org.sweble.wikitext.parser.nodes.WtDefinitionListDef;
import org.sweble.wikitext.parser.nodes.WtDefinitionListTerm;
import org.sweble.wikitext.parser.nodes.WtExternalLink;
import org.sweble.wikitext.parser.nodes.WtHeading;
import org.sweble.wikitext.parser.nodes.WtHorizontalRule;
import org.sweble.wikitext.parser.nodes.WtIgnored;
import org.sweble.wikitext.parser.nodes.WtIllegalCodePoint;
import org.sweble.wikitext.parser.nodes.WtImageLink;
import org.sweble.wikitext.parser.nodes.WtInternalLink;
import org.sweble.wikitext.parser.nodes.WtItalics;
import org.sweble.wikitext.parser.nodes.WtLinkOptionLinkTarget;
import org.sweble.wikitext.parser.nodes.WtLinkTitle;
import org.sweble.wikitext.parser.nodes.WtListItem;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtOrderedList;
import org.sweble.wikitext.parser.nodes.WtPageSwitch;
import org.sweble.wikitext.parser.nodes.WtParagraph;
import org.sweble.wikitext.parser.nodes.WtRedirect;
import org.sweble.wikitext.parser.nodes.WtSection;
import org.sweble.wikitext.parser.nodes.WtSemiPre;
import org.sweble.wikitext.parser.nodes.WtSemiPreLine;
import org.sweble.wikitext.parser.nodes.WtSignature;
import org.sweble.wikitext.parser.nodes.WtTable;
import org.sweble.wikitext.parser.nodes.WtTableCaption;
import org.sweble.wikitext.parser.nodes.WtTableCell;
import org.sweble.wikitext.parser.nodes.WtTableHeader;
import org.sweble.wikitext.parser.nodes.WtTableImplicitTableBody;
import org.sweble.wikitext.parser.nodes.WtTableRow;
import org.sweble.wikitext.parser.nodes.WtTagExtension;
import org.sweble.wikitext.parser.nodes.WtTemplate;
import org.sweble.wikitext.parser.nodes.WtTemplateArgument;
import org.sweble.wikitext.parser.nodes.WtTemplateParameter;
import org.sweble.wikitext.parser.nodes.WtText;
import org.sweble.wikitext.parser.nodes.WtTicks;
import org.sweble.wikitext.parser.nodes.WtUnorderedList;
import org.sweble.wikitext.parser.nodes.WtUrl;
import org.sweble.wikitext.parser.nodes.WtXmlAttribute;
import org.sweble.wikitext.parser.nodes.WtXmlAttributes;
import org.sweble.wikitext.parser.nodes.WtXmlCharRef;
import org.sweble.wikitext.parser.nodes.WtXmlComment;
import org.sweble.wikitext.parser.nodes.WtXmlElement;
import org.sweble.wikitext.parser.nodes.WtXmlEmptyTag;
import org.sweble.wikitext.parser.nodes.WtXmlEndTag;
import org.sweble.wikitext.parser.nodes.WtXmlEntityRef;
import org.sweble.wikitext.parser.nodes.WtXmlStartTag;
import org.sweble.wikitext.parser.utils.WtRtDataPrinter;
import org.wikirefine.Diagnostic;
import org.wikirefine.TemplateCall;
import org.wikirefine.internal.InternalMarks;
import org.wikirefine.internal.model.Block;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.template.Inlines;

/**
 * Turns Sweble's tree into our blocks and inlines. It knows the shapes of Sweble's nodes and nothing about
 * templates or references: those go to the {@link TemplateStage} and the {@link ReferenceStage}, extension tags
 * and internal links to {@link ExtensionTags} and {@link InternalLinks} (shared with the {@link NativeWalker}); the
 * page's own state is the {@link ArticleBuilder}'s.
 */
final class NodeWalker {

    private final ArticleBuilder builder;
    private final TemplateStage templates;
    private final ReferenceStage references;
    private final ExtensionTags tags;
    private final InternalLinks links;
    /** How many table cells enclose the node being walked. */
    private int cellDepth;

    NodeWalker(ArticleBuilder builder, TemplateStage templates, ReferenceStage references, ExtensionTags tags,
               InternalLinks links) {
        this.builder = builder;
        this.templates = templates;
        this.references = references;
        this.tags = tags;
        this.links = links;
    }

    // ---------------------------------------------------------------- blocks

    List<Block> blocks(WtNode container) {
        BlockSink sink = new BlockSink();
        for (WtNode child : container) {
            block(child, sink);
        }
        return sink.finish();
    }

    void block(WtNode n, BlockSink sink) {
        if (n instanceof WtParagraph) {
            sink.flush();
            for (int i = 0; i < n.size(); i++) {
                WtNode c = n.get(i);
                if (c instanceof WtTemplate tpl && cellDepth == 0 && BlockTemplates.aloneOnItsLine(n, i)) {
                    // Only in the page's own text: a ref body or a template value is inline content whatever its lines.
                    template(tpl, sink.inline(), sink, builder.inPageText());
                } else if (c instanceof WtText t) {
                    text(TableResidue.withoutRowSeparators(t.getContent(), i == 0), sink.inline());
                } else {
                    inline(c, sink.inline(), sink);
                }
            }
            sink.flush();
        } else if (n instanceof WtSection s) {
            sink.add(new Block.Section(s.getLevel(), inlines(s.getHeading()), blocks(s.getBody())));
        } else if (n instanceof WtHeading h) {
            sink.add(new Block.Section(2, inlines(h), List.of()));
        } else if (n instanceof WtUnorderedList || n instanceof WtOrderedList || n instanceof WtDefinitionList) {
            sink.add(new Block.ListBlock(listItems(n)));
        } else if (n instanceof WtTable t) {
            sink.add(table(t));
        } else if (n instanceof WtSemiPre) {
            sink.add(new Block.Preformatted(semiPre(n)));
        } else if (n instanceof WtHorizontalRule) {
            sink.add(new Block.HorizontalRule());
        } else {
            inline(n, sink.inline(), sink);
        }
        builder.flushPending(sink);
    }

    private List<Block.ListItem> listItems(WtNode list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (WtNode item : list) {
            Block.ListKind kind;
            if (item instanceof WtDefinitionListTerm) {
                kind = Block.ListKind.TERM;
            } else if (item instanceof WtDefinitionListDef) {
                kind = Block.ListKind.DEFINITION;
            } else if (item instanceof WtListItem) {
                kind = list instanceof WtOrderedList ? Block.ListKind.NUMBERED : Block.ListKind.BULLET;
            } else {
                continue; // newlines between items
            }
            List<Inline> content = new ArrayList<>();
            BlockSink nested = new BlockSink();
            for (WtNode c : item) {
                if (c instanceof WtUnorderedList || c instanceof WtOrderedList || c instanceof WtDefinitionList
                        || c instanceof WtTable) {
                    block(c, nested);
                } else {
                    inline(c, content, null);
                }
            }
            List<Block> children = nested.finish();
            TermSplit.addItem(kind, content, children, items);
        }
        return items;
    }

    private Block.Table table(WtTable t) {
        List<Inline> caption = new ArrayList<>();
        List<Block.TableRow> rows = new ArrayList<>();
        List<Block.TableCell> implicitRow = new ArrayList<>();
        collectRows(t.getBody(), caption, rows, implicitRow);
        if (!implicitRow.isEmpty()) {
            rows.add(0, new Block.TableRow(List.copyOf(implicitRow)));
        }
        return new Block.Table(caption, rows);
    }

    private void collectRows(WtNode body, List<Inline> caption, List<Block.TableRow> rows, List<Block.TableCell> loose) {
        for (WtNode c : body) {
            if (c instanceof WtTableCaption cap) {
                caption.addAll(flattenBlocks(blocks(cap.getBody())));
            } else if (c instanceof WtTableImplicitTableBody ib) {
                collectRows(ib.getBody(), caption, rows, loose);
            } else if (c instanceof WtTableRow row) {
                List<Block.TableCell> cells = new ArrayList<>();
                for (WtNode cell : row.getBody()) {
                    if (cell instanceof WtTableHeader h) {
                        cells.add(new Block.TableCell(true, cellBlocks(h.getBody())));
                    } else if (cell instanceof WtTableCell tc) {
                        cells.add(new Block.TableCell(false, cellBlocks(tc.getBody())));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new Block.TableRow(cells));
                }
            } else if (c instanceof WtTableHeader h) {
                loose.add(new Block.TableCell(true, cellBlocks(h.getBody())));
            } else if (c instanceof WtTableCell tc) {
                loose.add(new Block.TableCell(false, cellBlocks(tc.getBody())));
            }
        }
    }

    /** A cell's content: a template alone in a cell is the cell's content, not page furniture. */
    private List<Block> cellBlocks(WtNode body) {
        cellDepth++;
        try {
            return TableResidue.cellContent(blocks(body));
        } finally {
            cellDepth--;
        }
    }

    private List<Inline> semiPre(WtNode pre) {
        List<Inline> out = new ArrayList<>();
        boolean first = true;
        for (WtNode line : pre) {
            if (!first) {
                out.add(new Inline.LineBreak());
            }
            first = false;
            List<Inline> lineContent = new ArrayList<>();
            if (line instanceof WtSemiPreLine) {
                for (WtNode c : line) {
                    inline(c, lineContent, null);
                }
            } else {
                inline(line, lineContent, null);
            }
            // The leading space that makes the line preformatted is markup, not content.
            if (!lineContent.isEmpty() && lineContent.get(0) instanceof Inline.Text t && t.text().startsWith(" ")) {
                lineContent.set(0, new Inline.Text(t.text().substring(1)));
            }
            out.addAll(lineContent);
        }
        return out;
    }

    // ---------------------------------------------------------------- inlines

    List<Inline> inlines(WtNode container) {
        List<Inline> out = new ArrayList<>();
        for (WtNode c : container) {
            inline(c, out, null);
        }
        return out;
    }

    /**
     * Appends the inline rendering of {@code n}. When {@code sink} is given (we are in block context), block-level
     * elements found inside a paragraph close it and become blocks of their own.
     */
    void inline(WtNode n, List<Inline> out, BlockSink sink) {
        if (n instanceof WtText t) {
            text(t.getContent(), out);
        } else if (n instanceof WtBold || n instanceof WtItalics) {
            // Blocks a template inside places wait for the next block position (pending), as in any inline context.
            List<Inline> content = new ArrayList<>();
            for (WtNode c : n) {
                inline(c, content, null);
            }
            Inline.Emphasis.addTo(out, n instanceof WtBold ? Inline.Emphasis.Style.BOLD : Inline.Emphasis.Style.ITALIC,
                    content);
        } else if (n instanceof WtInternalLink link) {
            internalLink(link, out);
        } else if (n instanceof WtExternalLink link) {
            String url = url(link.getTarget());
            List<Inline> label = link.hasTitle() ? inlines(link.getTitle()) : List.of();
            out.add(new Inline.ExternalLink(url, label));
        } else if (n instanceof WtUrl u) {
            out.add(new Inline.ExternalLink(url(u), List.of())); // a bare URL shows itself and is a link
        } else if (n instanceof WtXmlEntityRef e) {
            out.add(new Inline.Text(e.getResolved() != null ? e.getResolved() : "&" + e.getName() + ";"));
        } else if (n instanceof WtXmlCharRef cr) {
            int cp = cr.getCodePoint();
            if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0) {
                codePoint(new String(Character.toChars(cp)), out);
            }
        } else if (n instanceof WtXmlElement e) {
            xmlElement(e, out, sink);
        } else if (n instanceof WtTagExtension ext) {
            int outer = builder.enter(ext);
            try {
                tagExtension(ext, out, sink);
            } finally {
                builder.leave(outer);
            }
        } else if (n instanceof WtTemplate tpl) {
            template(tpl, out, sink, false);
        } else if (n instanceof WtTemplateParameter p) {
            // {{{1|default}}} outside a template: MediaWiki shows the default, else the literal text.
            if (p.hasDefault()) {
                for (WtNode c : p.getDefault()) {
                    inline(c, out, sink);
                }
            }
        } else if (n instanceof WtImageLink img) {
            builder.image(imageTarget(img), imageCaption(img));
        } else if (n instanceof WtRedirect) {
            // The redirect target is read from the source text by the builder.
        } else if (n instanceof WtIllegalCodePoint icp) {
            codePoint(icp.getCodePoint(), out);
        } else if (n instanceof WtXmlComment || n instanceof WtIgnored || n instanceof WtSignature
                || n instanceof WtTicks || n instanceof WtXmlStartTag
                || n instanceof WtXmlEndTag || n instanceof WtXmlEmptyTag || n instanceof WtPageSwitch
                || n instanceof WtXmlAttributes || n instanceof WtXmlAttribute) {
            // Markup without text.
        } else if (sink != null && (n instanceof WtSection || n instanceof WtTable || n instanceof WtUnorderedList
                || n instanceof WtOrderedList || n instanceof WtDefinitionList || n instanceof WtSemiPre
                || n instanceof WtHorizontalRule || n instanceof WtParagraph)) {
            block(n, sink);
        } else if (n instanceof WtTable t) {
            out.addAll(flattenBlocks(List.of(table(t))));
        } else if (n instanceof WtUnorderedList || n instanceof WtOrderedList || n instanceof WtDefinitionList) {
            out.addAll(flattenBlocks(List.of(new Block.ListBlock(listItems(n)))));
        } else if (n instanceof WtParagraph || n instanceof WtSection || n instanceof WtSemiPre) {
            BlockSink local = new BlockSink();
            block(n, local);
            out.addAll(flattenBlocks(local.finish()));
        } else if (n instanceof WtHorizontalRule) {
            out.add(new Inline.LineBreak());
        } else {
            for (WtNode c : n) {
                inline(c, out, sink);
            }
        }
    }

    /** A Sweble template node, handed to the template stage with its name, parameters and position. */
    private void template(WtTemplate tpl, List<Inline> out, BlockSink sink, boolean aloneOnLine) {
        int outer = builder.enter(tpl);
        try {
            templates.call(plain(tpl.getName()), nameText(tpl.getName()), parameters(tpl), builder.offsetOf(tpl),
                    aloneOnLine, out, sink);
        } finally {
            builder.leave(outer);
        }
    }

    private static List<TemplateCall.Parameter> parameters(WtTemplate tpl) {
        List<TemplateCall.Parameter> params = new ArrayList<>();
        int positional = 0;
        for (WtNode n : tpl.getArgs()) {
            if (!(n instanceof WtTemplateArgument arg)) {
                continue;
            }
            String value = WtRtDataPrinter.print(arg.getValue());
            if (arg.hasName()) {
                params.add(new TemplateCall.Parameter(nameText(arg.getName()).trim(), value.trim()));
            } else {
                positional++;
                params.add(new TemplateCall.Parameter(Integer.toString(positional), value));
            }
        }
        return params;
    }

    private void text(String content, List<Inline> out) {
        String s = content;
        if (s.indexOf("__") >= 0 || s.indexOf('＿') >= 0) { // ＿＿: Japanese full-width switches
            Matcher m = builder.syntax().switches(s);
            StringBuilder sb = new StringBuilder();
            int last = 0;
            while (m.find()) {
                builder.pageSwitch(m.group());
                sb.append(s, last, m.start());
                last = m.end();
            }
            if (last > 0) {
                sb.append(s.substring(last));
                s = sb.toString();
            }
        }
        if (!s.isEmpty()) {
            out.add(new Inline.Text(s));
        }
    }

    /**
     * A character from a character reference or one of Sweble's "illegal" code point nodes. Private-use characters
     * reach us as references (ConversionPipes) and are text all the same (CJK text uses the private use area),
     * except the few reserved for our internal marks, which are dropped with a diagnostic; control characters
     * are dropped.
     */
    private void codePoint(String cp, List<Inline> out) {
        if (cp == null || cp.isEmpty()) {
            return;
        }
        String text = cp;
        char c = text.charAt(0);
        if (InternalMarks.isReserved(c)) {
            builder.diagnostic("RESERVED_CHARACTER", Diagnostic.Severity.WARNING,
                    "U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " is reserved for internal marks; dropped");
            return;
        }
        if (!text.isEmpty() && !(c == 0) && !Character.isISOControl(c)) {
            out.add(new Inline.Text(text));
        }
    }

    private void internalLink(WtInternalLink link, List<Inline> out) {
        links.link(link.getTarget().getAsString(), link.hasTitle() ? () -> inlines(link.getTitle()) : null,
                link.getPrefix(), link.getPostfix(), out);
    }

    private static String url(WtUrl u) {
        return u.getProtocol().isEmpty() ? u.getPath() : u.getProtocol() + ":" + u.getPath();
    }

    private static String imageTarget(WtImageLink img) {
        return img.getTarget().getAsString().replace('_', ' ').trim();
    }

    private List<Inline> imageCaption(WtImageLink img) {
        List<Inline> caption = List.of();
        for (WtNode opt : img.getOptions()) {
            if (opt instanceof WtLinkTitle t) {
                List<Inline> title = inlines(t);
                if (builder.syntax().imageOption(Inlines.plain(title)).isEmpty()) {
                    caption = title; // a localised option Sweble does not know (bélyegkép) is no caption
                }
            } else if (opt instanceof WtLinkOptionLinkTarget) {
                continue;
            }
        }
        return caption;
    }

    private void xmlElement(WtXmlElement e, List<Inline> out, BlockSink sink) {
        String name = e.getName().toLowerCase(Locale.ROOT);
        switch (name) {
            case "code", "tt", "kbd", "samp", "var":
                if (!hasMarkup(e.getBody())) {
                    out.add(new Inline.Code(plain(e.getBody())));
                    return;
                }
                // Markup inside (or a stray opener Sweble runs to the end of the page): MediaWiki parses it as
                // usual, so it is walked like any element; only its no-conversion is lost.
                break;
            case "references":
                if (!references.referencesTagValid(attributes(e.getXmlAttributes()))) {
                    return; // Cite shows only an error: no list, the group stays open
                }
                references.referenceList(attribute(e.getXmlAttributes(), "group"),
                        e.hasBody() ? () -> blocks(e.getBody()) : null, sink);
                return;
            case "gallery":
                tags.gallery(e.hasBody() ? plain(e.getBody()) : "");
                return;
            default:
                break;
        }
        if (!HtmlElements.open(name, out) || !e.hasBody()) {
            return;
        }
        if (sink != null && HtmlElements.isBlock(name)) {
            sink.flush();
            HtmlElements.place(name, blocks(e.getBody()), sink);
            return;
        }
        HtmlElements.inline(name, out, content -> {
            for (WtNode c : e.getBody()) {
                inline(c, content, null);
            }
        });
    }


    private void tagExtension(WtTagExtension ext, List<Inline> out, BlockSink sink) {
        String body = ext.getBody() == null ? "" : ext.getBody().getContent();
        tags.tag(ext.getName().toLowerCase(Locale.ROOT), attributes(ext.getXmlAttributes()), body,
                ext.getBody() == null || body.isEmpty(), out, sink);
    }

    /** True if the node holds more than text, entities and comments (links, templates, refs, other elements). */
    private static boolean hasMarkup(WtNode n) {
        for (WtNode c : n) {
            if (!(c instanceof WtText || c instanceof WtXmlEntityRef || c instanceof WtXmlCharRef
                    || c instanceof WtXmlComment)) {
                return true;
            }
        }
        return false;
    }

    /** The plain text of a node: text and entity children only (for code spans and gallery bodies). */
    static String plain(WtNode n) {
        StringBuilder sb = new StringBuilder();
        plain(n, sb, true);
        return sb.toString();
    }

    /**
     * A template's or parameter's name as text: a nested template or tag inside a name ({@code {{a{{=}}b|…}}},
     * {@code |<ref/>=…}) is not part of it and is left out, so no markup reaches template names or infobox keys.
     */
    static String nameText(WtNode n) {
        StringBuilder sb = new StringBuilder();
        plain(n, sb, false);
        return sb.toString();
    }

    private static void plain(WtNode n, StringBuilder sb, boolean keepMarkup) {
        if (n instanceof WtText t) {
            sb.append(t.getContent());
        } else if (n instanceof WtXmlEntityRef e) {
            sb.append(e.getResolved() != null ? e.getResolved() : "&" + e.getName() + ";");
        } else if (n instanceof WtXmlCharRef cr) {
            int cp = cr.getCodePoint();
            if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0
                    && !(cp >= InternalMarks.FIRST && cp <= InternalMarks.LAST)) {
                sb.appendCodePoint(cp);
            }
        } else if (n instanceof WtXmlComment) {
            return;
        } else if (n instanceof WtIllegalCodePoint icp) {
            String cp = icp.getCodePoint();
            if (cp != null && !cp.isEmpty() && !Character.isISOControl(cp.charAt(0))
                    && !InternalMarks.isReserved(cp.charAt(0))) {
                sb.append(cp);
            }
        } else if (n instanceof WtTemplate || n instanceof WtTagExtension) {
            if (keepMarkup) {
                sb.append(WtRtDataPrinter.print(n));
            }
        } else {
            for (WtNode c : n) {
                plain(c, sb, keepMarkup);
            }
        }
    }

    /**
     * An attribute's value as MediaWiki's Sanitizer decodes it: the last occurrence wins, runs of ASCII whitespace
     * become one space, the value is trimmed, then character references are decoded.
     */
    static String attribute(WtXmlAttributes attrs, String key) {
        return attributes(attrs).get(key.toLowerCase(Locale.ROOT));
    }

    /**
     * All attributes, names lower-cased, values decoded ({@code ""} for a name without value), the last occurrence
     * of a name winning. MediaWiki allows spaces after {@code =} ({@code name= corp}); Sweble then reads a valueless
     * {@code name=} followed by an attribute {@code corp}, which is joined back here.
     */
    static java.util.Map<String, String> attributes(WtXmlAttributes attrs) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (attrs == null) {
            return out;
        }
        List<WtXmlAttribute> list = new ArrayList<>();
        for (WtNode a : attrs) {
            if (a instanceof WtXmlAttribute attr && attr.getName().isResolved()) {
                list.add(attr);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            WtXmlAttribute attr = list.get(i);
            String name = attr.getName().getAsString().trim().toLowerCase(Locale.ROOT);
            String raw = attr.hasValue() ? plain(attr.getValue()) : "";
            String value;
            if (raw.isEmpty() && i + 1 < list.size() && !list.get(i + 1).hasValue()
                    && WtRtDataPrinter.print(attr).trim().endsWith("=")) {
                value = list.get(++i).getName().getAsString().trim();
            } else {
                value = attributeValue(raw);
            }
            out.put(name, value);
        }
        return out;
    }

    /** An attribute's raw value as MediaWiki's Sanitizer decodes it (whitespace runs to one space, trimmed, entities). */
    static String attributeValue(String raw) {
        return HtmlEntities.decode(org.wikirefine.internal.reference.RefNames.normalize(raw));
    }

    static List<Inline> flattenBlocks(List<Block> blocks) {
        return org.wikirefine.internal.model.Blocks.flatten(blocks);
    }
}
