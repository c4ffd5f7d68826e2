package org.wikirefine.internal.build;

import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtTemplate;
import org.sweble.wikitext.parser.nodes.WtText;
import org.sweble.wikitext.parser.nodes.WtXmlComment;

/** The call shape of a template in a paragraph: whether its source line holds nothing but template calls. */
final class BlockTemplates {

    private BlockTemplates() {
    }

    /**
     * Whether child {@code index} of {@code paragraph} (a template) shares its line only with other templates,
     * comments and spaces: such a line is page furniture (a navbox, a sidebar, a layout helper), not a sentence.
     */
    static boolean aloneOnItsLine(WtNode paragraph, int index) {
        return clearUpToLineEnd(paragraph, index, -1) && clearUpToLineEnd(paragraph, index, 1);
    }

    /** Whether the siblings from {@code index} in direction {@code step} up to the line's end are furniture only. */
    private static boolean clearUpToLineEnd(WtNode p, int index, int step) {
        for (int i = index + step; i >= 0 && i < p.size(); i += step) {
            WtNode n = p.get(i);
            if (n instanceof WtText t) {
                String s = t.getContent();
                int nl = step < 0 ? s.lastIndexOf('\n') : s.indexOf('\n');
                String sameLine = nl < 0 ? s : step < 0 ? s.substring(nl + 1) : s.substring(0, nl);
                if (!sameLine.isBlank()) {
                    return false;
                }
                if (nl >= 0) {
                    return true;
                }
            } else if (!(n instanceof WtTemplate || n instanceof WtXmlComment)) {
                return false;
            }
        }
        return true;
    }
}
