package org.wikirefine.internal.article;

import java.util.List;

import org.wikirefine.internal.model.Block;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.wikitext.WikiTags;

/**
 * What an HTML element in wikitext becomes, for both walkers ({@link NodeWalker} over Sweble's tree,
 * {@link NativeWalker} over ours): the separators elements stand for in text, hidden elements, and where block
 * elements put their content. The walkers only differ in how they walk an element's children.
 */
final class HtmlElements {

    private HtmlElements() {
    }

    /**
     * Writes what the element itself shows ({@code <br>}: a line break; {@code <li>}: a break before its content;
     * {@code <td>}: a space) and says whether its content is walked: not for empty and hidden elements.
     */
    static boolean open(String name, List<Inline> out) {
        switch (name) {
            case "br", "hr" -> {
                out.add(new Inline.LineBreak());
                return false;
            }
            case "li", "dt", "dd", "tr" -> out.add(new Inline.LineBreak());
            case "td", "th" -> out.add(new Inline.Text(" "));
            default -> {
                if (WikiTags.HIDDEN_ELEMENTS.contains(name)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the element's content becomes blocks of its own where it stands at block level. */
    static boolean isBlock(String name) {
        return WikiTags.BLOCK_ELEMENTS.contains(name);
    }

    /** Places a block element's content: a {@code <blockquote>} as a quote, any other as the blocks themselves. */
    static void place(String name, List<Block> blocks, BlockSink sink) {
        if (name.equals("blockquote")) {
            sink.add(new Block.Quote(blocks));
        } else {
            for (Block b : blocks) {
                sink.add(b);
            }
        }
    }

    /** Walks a block element's content inline (inside a paragraph or value): line breaks around it. */
    static void inline(String name, List<Inline> out, Runnable walkContent) {
        boolean block = isBlock(name);
        if (block && !out.isEmpty()) {
            out.add(new Inline.LineBreak());
        }
        walkContent.run();
        if (block) {
            out.add(new Inline.LineBreak());
        }
    }
}
