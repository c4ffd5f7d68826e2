package org.wikirefine.internal.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

    /**
     * Walks an element's content inline (inside a paragraph or value): a block element with line breaks around it,
     * a bold or italic one ({@link #emphasis}) as an {@link Inline.Emphasis}, any other as its content.
     */
    static void inline(String name, List<Inline> out, Consumer<List<Inline>> walkContent) {
        Inline.Emphasis.Style emphasis = emphasis(name);
        if (emphasis != null) {
            List<Inline> content = new ArrayList<>();
            walkContent.accept(content);
            Inline.Emphasis.addTo(out, emphasis, content);
            return;
        }
        boolean block = isBlock(name);
        if (block && !out.isEmpty()) {
            out.add(new Inline.LineBreak());
        }
        walkContent.accept(out);
        if (block) {
            out.add(new Inline.LineBreak());
        }
    }

    /**
     * The emphasis an element shows, or null: {@code <b>} and {@code <strong>} bold, {@code <i>} and {@code <em>}
     * italic (the elements MediaWiki writes for bold and italic quote markup).
     */
    static Inline.Emphasis.Style emphasis(String name) {
        return switch (name) {
            case "b", "strong" -> Inline.Emphasis.Style.BOLD;
            case "i", "em" -> Inline.Emphasis.Style.ITALIC;
            default -> null;
        };
    }
}
