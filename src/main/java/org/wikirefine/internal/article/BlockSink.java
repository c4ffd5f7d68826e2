package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.List;

import org.wikirefine.internal.model.Block;
import org.wikirefine.internal.model.Inline;

/**
 * Collects blocks, with an open paragraph for inline content that arrives outside Sweble's own paragraphs (text
 * after an image, a template on its own line). A block element met inside a paragraph closes it first.
 */
final class BlockSink {
    private final List<Block> blocks = new ArrayList<>();
    private List<Inline> open = new ArrayList<>();

    List<Inline> inline() {
        return open;
    }

    void flush() {
        if (!open.isEmpty()) {
            if (!isBlank(open)) {
                blocks.add(new Block.Paragraph(List.copyOf(open)));
            }
            open = new ArrayList<>();
        }
    }

    void add(Block b) {
        flush();
        blocks.add(b);
    }

    List<Block> finish() {
        flush();
        return blocks;
    }

    static boolean isBlank(List<Inline> content) {
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                if (!t.text().isBlank()) {
                    return false;
                }
            } else if (!(i instanceof Inline.LineBreak)) {
                return false;
            }
        }
        return true;
    }
}
