package org.wikirefine.internal.model;

import java.util.ArrayList;
import java.util.List;

/** Block content as inline content, for places that hold one value (infobox values, ref bodies, table cells). */
public final class Blocks {

    private Blocks() {
    }


    /** Block content as inline content, items separated by line breaks (for values and captions). */
    public static List<Inline> flatten(List<Block> blocks) {
        List<Inline> out = new ArrayList<>();
        for (Block b : blocks) {
            flatten(b, out);
        }
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.LineBreak) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static void flatten(Block b, List<Inline> out) {
        if (b instanceof Block.Paragraph p) {
            separate(out);
            out.addAll(p.content());
        } else if (b instanceof Block.Section s) {
            separate(out);
            out.addAll(s.title());
            for (Block c : s.body()) {
                flatten(c, out);
            }
        } else if (b instanceof Block.ListBlock l) {
            for (Block.ListItem item : l.items()) {
                separate(out);
                out.addAll(item.content());
                for (Block c : item.children()) {
                    flatten(c, out);
                }
            }
        } else if (b instanceof Block.Table t) {
            for (Block.TableRow row : t.rows()) {
                separate(out);
                boolean first = true;
                for (Block.TableCell cell : row.cells()) {
                    if (!first) {
                        out.add(new Inline.Text(" "));
                    }
                    first = false;
                    List<Inline> inner = flatten(cell.content());
                    out.addAll(inner);
                }
            }
        } else if (b instanceof Block.Preformatted p) {
            separate(out);
            out.addAll(p.content());
        } else if (b instanceof Block.Quote q) {
            for (Block c : q.body()) {
                flatten(c, out);
            }
        }
    }

    private static void separate(List<Inline> out) {
        if (!out.isEmpty() && !(out.get(out.size() - 1) instanceof Inline.LineBreak)) {
            out.add(new Inline.LineBreak());
        }
    }
}
