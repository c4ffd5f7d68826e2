package org.wikirefine.internal.article;

import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtTemplate;

/**
 * Character offsets of nodes in the text Sweble parsed. Sweble records a node's line and the column just after its
 * opening token ({@code {{} of a template, {@code <} of a tag), both 1-based; this turns them back into offsets.
 */
final class SourcePositions {

    /** No positions: content parsed on its own (a template value, a ref body), whose offsets would be relative. */
    static final SourcePositions NONE = new SourcePositions(null);

    private final int[] lineStarts;

    private SourcePositions(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    static SourcePositions of(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return new SourcePositions(starts);
    }

    /** The offset where a template call or an extension tag starts, or -1 when unknown. */
    int offset(WtNode n) {
        if (lineStarts == null || n.getNativeLocation() == null) {
            return -1;
        }
        int line = n.getNativeLocation().getLine();
        int column = n.getNativeLocation().getColumn();
        int opening = n instanceof WtTemplate ? 2 : 1;
        if (line < 1 || line > lineStarts.length || column - 1 - opening < 0) {
            return -1;
        }
        return lineStarts[line - 1] + column - 1 - opening;
    }
}
