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
        return clearBefore(paragraph, index) && clearAfter(paragraph, index);
    }

    private static boolean clearBefore(WtNode p, int index) {
        for (int i = index - 1; i >= 0; i--) {
            WtNode n = p.get(i);
            if (n instanceof WtText t) {
                String s = t.getContent();
                int nl = s.lastIndexOf('\n');
                if (!s.substring(nl + 1).isBlank()) {
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

    private static boolean clearAfter(WtNode p, int index) {
        for (int i = index + 1; i < p.size(); i++) {
            WtNode n = p.get(i);
            if (n instanceof WtText t) {
                String s = t.getContent();
                int nl = s.indexOf('\n');
                if (!(nl < 0 ? s : s.substring(0, nl)).isBlank()) {
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
