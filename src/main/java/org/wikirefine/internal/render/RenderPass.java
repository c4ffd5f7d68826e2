package org.wikirefine.internal.render;

import java.util.ArrayList;
import java.util.List;

import org.wikirefine.Variant;
import org.wikirefine.internal.convert.ConversionSession;
import org.wikirefine.internal.model.ArticleModel;
import org.wikirefine.internal.parse.WorkBudget;
import org.wikirefine.internal.model.Block;
import org.wikirefine.internal.model.Blocks;
import org.wikirefine.internal.model.ExternalLinks;
import org.wikirefine.internal.model.ImageModel;
import org.wikirefine.internal.model.InfoboxModel;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.model.RefEntry;
import org.wikirefine.internal.model.RefList;
import org.wikirefine.internal.reference.RefLabels;

/**
 * The conversion pass: walks the article in document order (infoboxes, body, references, then the title, as
 * MediaWiki renders and converts a page) and turns every piece of inline content into final text through one
 * {@link ConversionSession}, so that conversion rules apply from their position onward. Its work (characters
 * converted and produced, rules applied) is counted per segment against {@link WorkBudget#forRendering}.
 */
public final class RenderPass {

    private final ConversionSession session;
    /** Set per run: this rendering's share of the page's work ({@link WorkBudget#forRendering}). */
    private WorkBudget work;
    private final java.util.Map<Integer, List<RenderedArticle.RenderedReference>> renderedLists = new java.util.HashMap<>();

    /** Article path for link targets when links are kept for Markdown, else {@code null}. */
    private final String articlePath;

    private RenderPass(ConversionSession session, String articlePath) {
        this.session = session;
        this.articlePath = articlePath;
    }

    public static RenderedArticle render(ArticleModel model, Variant variant, ConversionSession session) {
        return new RenderPass(session, null).run(model, variant);
    }

    /** The rendering for Markdown: texts keep their links' targets as {@link LinkMarks}. */
    public static RenderedArticle renderWithLinks(ArticleModel model, Variant variant, ConversionSession session) {
        String path = model.facts().articlePath();
        return new RenderPass(session, path == null ? "$1" : path).run(model, variant);
    }

    private Segment segment(List<Inline> content) {
        return Segment.of(content, articlePath);
    }

    private ArticleModel model;
    private RenderedArticle.RenderedInfobox[] infoboxes;

    private RenderedArticle run(ArticleModel model, Variant variant) {
        this.model = model;
        this.work = WorkBudget.forRendering(model.page().text().length());
        this.infoboxes = new RenderedArticle.RenderedInfobox[model.infoboxes().size()];
        List<RenderedBlock> body = new ArrayList<>();
        blocks(model.body(), body, 0);
        // Infoboxes whose anchor the body walk did not meet (inside a reference, a link label…): after the body.
        for (int i = 0; i < infoboxes.length; i++) {
            infobox(i);
        }
        // Lists the body did not place (the default group's automatic list, lists lost inside flattened content)
        // come at the end of the page, as MediaWiki appends its automatic list.
        for (RefList list : model.referenceLists()) {
            if (!renderedLists.containsKey(list.index())) {
                body.add(referenceList(list));
            }
        }
        List<RenderedArticle.RenderedReference> refs = new ArrayList<>();
        for (RefList list : model.referenceLists()) {
            refs.addAll(renderedLists.get(list.index()));
        }
        List<RenderedArticle.RenderedImage> images = new ArrayList<>();
        for (ImageModel image : model.images()) {
            images.add(new RenderedArticle.RenderedImage(image.target(),
                    MarkerText.replace(convert(segment(image.caption())), false, "", "")));
        }
        String title = session.title(model.page().title(), model.displayTitle());
        return new RenderedArticle(model, variant, title, List.of(infoboxes), body, refs, images);
    }

    /** Converts infobox {@code index} now, unless done already. */
    private void infobox(int index) {
        if (index < 0 || index >= infoboxes.length || infoboxes[index] != null) {
            return;
        }
        InfoboxModel ib = model.infoboxes().get(index);
        // Mark it first: an anchor inside its own values (a broken page) must not recurse.
        infoboxes[index] = new RenderedArticle.RenderedInfobox(ib.template(), List.of());
        List<RenderedArticle.RenderedField> fields = new ArrayList<>();
        for (InfoboxModel.Field f : ib.fields()) {
            // One flattening serves both the text and the links/refs, unless an anchor splits the value (nested box).
            Segment seg = segment(f.value());
            String text = hasAnchor(f.value()) ? convert(f.value()) : convert(seg);
            // A value of only reference markers ("footnotes = <ref>…</ref>") is not empty: MediaWiki shows them.
            if (!MarkerText.replace(text, false, "", "").isBlank() || !seg.refNumbers().isEmpty()) {
                fields.add(new RenderedArticle.RenderedField(f.key(), text, List.copyOf(seg.links()),
                        List.copyOf(seg.refNumbers())));
            }
        }
        infoboxes[index] = new RenderedArticle.RenderedInfobox(ib.template(), fields);
    }

    /** Reference lists inside content that is flattened to one text (table cells, list items), in order. */
    private void nestedLists(List<Block> blocks, List<RenderedBlock> out) {
        for (Block b : blocks) {
            if (b instanceof Block.ReferenceList r) {
                if (!renderedLists.containsKey(r.list().index())) {
                    out.add(referenceList(r.list()));
                }
            } else if (b instanceof Block.Section s) {
                nestedLists(s.body(), out);
            } else if (b instanceof Block.Quote q) {
                nestedLists(q.body(), out);
            } else if (b instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) {
                    nestedLists(item.children(), out);
                }
            } else if (b instanceof Block.Table t) {
                for (Block.TableRow row : t.rows()) {
                    for (Block.TableCell cell : row.cells()) {
                        nestedLists(cell.content(), out);
                    }
                }
            }
        }
    }

    /** Converts a list's entries at its place in the document, so conversion rules before it apply to them. */
    private RenderedBlock.ReferenceList referenceList(RefList list) {
        List<RenderedArticle.RenderedReference> out = new ArrayList<>();
        for (RefEntry e : list.entries()) {
            String text = MarkerText.replace(convert(segment(e.content())), false, "", "");
            out.add(new RenderedArticle.RenderedReference(e.number(), e.group(),
                    e.number() == 0 ? "" : RefLabels.label(e.group(), e.number()), e.name(), text,
                    e.citation() == null ? java.util.Map.of() : e.citation(), e.uses(), list.index(),
                    ExternalLinks.ofReference(e)));
        }
        renderedLists.put(list.index(), out);
        return new RenderedBlock.ReferenceList(list.group(), out);
    }

    private String convert(Segment seg) {
        if (seg.isEmpty()) {
            return "";
        }
        String text = seg.text();
        int rulesBefore = session.rulesApplied();
        String converted = seg.unstrip(session.convert(text));
        // counted per segment: the hot path pays one addition, not one per character
        work.spend(text.length() + converted.length()
                + (long) WorkBudget.RULE_WEIGHT * (session.rulesApplied() - rulesBefore));
        return converted;
    }

    private static boolean hasAnchor(List<Inline> content) {
        for (Inline i : content) {
            if (i instanceof Inline.InfoboxAnchor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Converts inline content; where it holds infobox anchors, the parts before and after each anchor are
     * converted in order with the infobox in between, so the conversion order is the page's order.
     */
    private String convert(List<Inline> content) {
        if (!hasAnchor(content)) {
            return convert(segment(content));
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (int i = 0; i <= content.size(); i++) {
            if (i == content.size() || content.get(i) instanceof Inline.InfoboxAnchor) {
                String part = convert(segment(content.subList(from, i)));
                if (!part.isEmpty()) {
                    if (sb.length() > 0 && !Segment.isCjk(sb.charAt(sb.length() - 1)) && !Segment.isCjk(part.charAt(0))) {
                        sb.append(' ');
                    }
                    sb.append(part);
                }
                if (i < content.size()) {
                    infobox(((Inline.InfoboxAnchor) content.get(i)).index());
                }
                from = i + 1;
            }
        }
        return sb.toString();
    }

    private void blocks(List<Block> blocks, List<RenderedBlock> out, int listDepth) {
        for (Block b : blocks) {
            block(b, out, listDepth);
        }
    }

    private void block(Block b, List<RenderedBlock> out, int listDepth) {
        if (b instanceof Block.Section s) {
            String title = MarkerText.replace(convert(s.title()), false, "", "");
            if (!title.isBlank()) {
                out.add(new RenderedBlock.Heading(s.level(), title.replace('\n', ' ')));
            }
            blocks(s.body(), out, listDepth);
        } else if (b instanceof Block.Paragraph p) {
            String text = convert(p.content());
            if (!text.isBlank()) {
                out.add(new RenderedBlock.Paragraph(text));
            }
        } else if (b instanceof Block.ListBlock l) {
            int ordinal = 0;
            for (Block.ListItem item : l.items()) {
                char kind = switch (item.kind()) {
                    case BULLET -> '*';
                    case NUMBERED -> '#';
                    case TERM -> ';';
                    case DEFINITION -> ':';
                };
                if (item.kind() == Block.ListKind.NUMBERED) {
                    ordinal++;
                }
                String text = convert(item.content());
                if (!text.isBlank()) {
                    out.add(new RenderedBlock.ListItem(listDepth + 1, kind, ordinal, text));
                }
                for (Block child : item.children()) {
                    if (child instanceof Block.ListBlock) {
                        block(child, out, listDepth + 1);
                    } else {
                        String nested = convert(Blocks.flatten(List.of(child)));
                        if (!nested.isBlank()) {
                            out.add(new RenderedBlock.ListItem(listDepth + 2, ':', 0, nested));
                        }
                        nestedLists(List.of(child), out);
                    }
                }
            }
        } else if (b instanceof Block.Table t) {
            String caption = convert(t.caption());
            List<List<RenderedBlock.Cell>> rows = new ArrayList<>();
            for (Block.TableRow row : t.rows()) {
                List<RenderedBlock.Cell> cells = new ArrayList<>();
                for (Block.TableCell cell : row.cells()) {
                    cells.add(new RenderedBlock.Cell(cell.header(), convert(Blocks.flatten(cell.content()))));
                }
                rows.add(cells);
            }
            if (!rows.isEmpty() || !caption.isBlank()) {
                out.add(new RenderedBlock.Table(caption, rows));
            }
            // A reference list inside a cell cannot be shown in the cell's one-line text: list it after the table.
            for (Block.TableRow row : t.rows()) {
                for (Block.TableCell cell : row.cells()) {
                    nestedLists(cell.content(), out);
                }
            }
        } else if (b instanceof Block.Preformatted p) {
            // MediaWiki drops the newline after <pre> and syntaxhighlight trims; blank edge lines carry nothing.
            String text = convert(p.content()).replaceAll("^(?:[ \\t]*\n)+|(?:\n[ \\t]*)+$", "");
            if (!text.isBlank()) {
                out.add(new RenderedBlock.Preformatted(text));
            }
        } else if (b instanceof Block.Quote q) {
            blocks(q.body(), out, listDepth);
        } else if (b instanceof Block.HorizontalRule) {
            out.add(new RenderedBlock.HorizontalRule());
        } else if (b instanceof Block.ReferenceList r) {
            if (!renderedLists.containsKey(r.list().index())) {
                out.add(referenceList(r.list()));
            }
        }
    }
}
