package org.wikirefine.internal.article;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtTemplate;
import org.sweble.wikitext.parser.nodes.WtText;
import org.sweble.wikitext.parser.nodes.WtXmlComment;
import org.wikirefine.internal.wikitext.WikiNode;

/**
 * The call shape of a template in a paragraph: whether its source line holds nothing but template calls. Both
 * parsers' paragraphs are read the same way: a run of siblings that are text, template calls or comments.
 */
final class BlockTemplates {

    private BlockTemplates() {
    }

    /**
     * Whether child {@code index} of {@code paragraph} (a template, in Sweble's tree) shares its line only with other
     * templates, comments and spaces: such a line is page furniture (a navbox, a sidebar, a layout helper), not a
     * sentence.
     */
    static boolean aloneOnItsLine(WtNode paragraph, int index) {
        return aloneOnItsLine(paragraph.size(), index,
                i -> paragraph.get(i) instanceof WtText t ? t.getContent() : null,
                i -> paragraph.get(i) instanceof WtTemplate || paragraph.get(i) instanceof WtXmlComment);
    }

    /** As {@link #aloneOnItsLine(WtNode, int)}, for the native parser's paragraph content. */
    static boolean aloneOnItsLine(List<WikiNode> content, int index) {
        return aloneOnItsLine(content.size(), index,
                i -> content.get(i) instanceof WikiNode.Text t ? t.text() : null,
                i -> content.get(i) instanceof WikiNode.Template || content.get(i) instanceof WikiNode.Comment);
    }

    private static boolean aloneOnItsLine(int size, int index, IntFunction<String> textAt, IntPredicate furnitureAt) {
        return clearUpToLineEnd(size, index, -1, textAt, furnitureAt)
                && clearUpToLineEnd(size, index, 1, textAt, furnitureAt);
    }

    /** Whether the siblings from {@code index} in direction {@code step} up to the line's end are furniture only. */
    private static boolean clearUpToLineEnd(int size, int index, int step, IntFunction<String> textAt,
                                            IntPredicate furnitureAt) {
        for (int i = index + step; i >= 0 && i < size; i += step) {
            String s = textAt.apply(i);
            if (s != null) {
                int nl = step < 0 ? s.lastIndexOf('\n') : s.indexOf('\n');
                String sameLine = nl < 0 ? s : step < 0 ? s.substring(nl + 1) : s.substring(0, nl);
                if (!sameLine.isBlank()) {
                    return false;
                }
                if (nl >= 0) {
                    return true;
                }
            } else if (!furnitureAt.test(i)) {
                return false;
            }
        }
        return true;
    }
}
