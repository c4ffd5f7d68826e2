package org.wikirefine.internal.render;

import org.wikirefine.internal.InternalMarks;

/**
 * Links inside rendered text for the Markdown writer: {@link #EXTERNAL} or {@link #INTERNAL}, the target URL,
 * {@link #LABEL}, the shown label, {@link #END}. Only the rendering made for Markdown carries them
 * ({@link RenderPass#renderWithLinks}); other formats never see them. The characters are named in
 * {@link InternalMarks}.
 */
final class LinkMarks {
    static final char EXTERNAL = InternalMarks.LINK_EXTERNAL;
    static final char INTERNAL = InternalMarks.LINK_INTERNAL;
    static final char LABEL = InternalMarks.LINK_LABEL;
    static final char END = InternalMarks.LINK_END;

    private LinkMarks() {
    }

    static boolean isStart(char c) {
        return c == EXTERNAL || c == INTERNAL;
    }

    /**
     * The text with every link replaced by its label and no emphasis ({@link EmphasisMarks}), for places that show
     * plain text, such as YAML values.
     */
    static String labelsOnly(String marked) {
        String text = EmphasisMarks.remove(marked);
        if (text.indexOf(EXTERNAL) < 0 && text.indexOf(INTERNAL) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean inTarget = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isStart(c)) {
                inTarget = true;
            } else if (c == LABEL) {
                inTarget = false;
            } else if (c != END && !inTarget) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
