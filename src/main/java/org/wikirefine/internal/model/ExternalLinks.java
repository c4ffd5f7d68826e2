package org.wikirefine.internal.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The URLs of external links in model content: a page's external links (MediaWiki's externallinks table: body,
 * infoboxes and references, citation templates included) and the URL of one reference.
 */
public final class ExternalLinks {

    private ExternalLinks() {
    }

    /** Every external link of the article, in document order (infoboxes, body, references), without duplicates. */
    public static List<String> of(ArticleModel model) {
        Set<String> out = new LinkedHashSet<>();
        for (InfoboxModel ib : model.infoboxes()) {
            for (InfoboxModel.Field f : ib.fields()) {
                inlines(f.value(), out);
            }
        }
        blocks(model.body(), out);
        for (RefEntry e : model.references()) {
            String cited = citationUrl(e.citation());
            if (cited != null) {
                out.add(cited);
            }
            inlines(e.content(), out);
        }
        return List.copyOf(out);
    }

    /**
     * The URL a reference points to: its citation template's {@code url}, else the first external link of its text
     * ({@code [http://… label]} or a bare URL); {@code null} if it has none.
     */
    public static String ofReference(RefEntry entry) {
        String cited = citationUrl(entry.citation());
        if (cited != null) {
            return cited;
        }
        Set<String> found = new LinkedHashSet<>();
        inlines(entry.content(), found);
        return found.isEmpty() ? null : found.iterator().next();
    }

    private static String citationUrl(Map<String, String> citation) {
        if (citation == null) {
            return null;
        }
        String url = citation.get("url");
        return url == null || url.isBlank() ? null : url.trim();
    }

    private static void blocks(List<Block> blocks, Set<String> out) {
        for (Block b : blocks) {
            if (b instanceof Block.Section s) {
                inlines(s.title(), out);
                blocks(s.body(), out);
            } else if (b instanceof Block.Paragraph p) {
                inlines(p.content(), out);
            } else if (b instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) {
                    inlines(item.content(), out);
                    blocks(item.children(), out);
                }
            } else if (b instanceof Block.Table t) {
                inlines(t.caption(), out);
                for (Block.TableRow row : t.rows()) {
                    for (Block.TableCell cell : row.cells()) {
                        blocks(cell.content(), out);
                    }
                }
            } else if (b instanceof Block.Preformatted p) {
                inlines(p.content(), out);
            } else if (b instanceof Block.Quote q) {
                blocks(q.body(), out);
            }
        }
    }

    private static void inlines(List<Inline> content, Set<String> out) {
        for (Inline i : content) {
            if (i instanceof Inline.ExternalLink l) {
                if (!l.url().isBlank()) {
                    out.add(l.url());
                }
                inlines(l.label(), out);
            } else if (i instanceof Inline.InternalLink l) {
                inlines(l.label(), out);
            } else if (i instanceof Inline.Emphasis e) {
                inlines(e.content(), out);
            }
        }
    }
}
