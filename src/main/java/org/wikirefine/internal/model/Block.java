package org.wikirefine.internal.model;

import java.util.List;

/** Block content of the article model, in document order. */
public sealed interface Block {

    /** A heading and everything under it up to the next heading of the same or a higher level. */
    record Section(int level, List<Inline> title, List<Block> body) implements Block {
    }

    record Paragraph(List<Inline> content) implements Block {
    }

    /** One list, possibly mixing kinds as wikitext does ({@code *}, {@code #}, {@code ;}, {@code :}). */
    record ListBlock(List<ListItem> items) implements Block {
    }

    record ListItem(ListKind kind, List<Inline> content, List<Block> children) {
    }

    enum ListKind { BULLET, NUMBERED, TERM, DEFINITION }

    record Table(List<Inline> caption, List<TableRow> rows) implements Block {
    }

    record TableRow(List<TableCell> cells) {
    }

    record TableCell(boolean header, List<Block> content) {
    }

    /** Preformatted text ({@code <pre>}, leading-space lines); inline so that markup inside leading-space pre still renders. */
    record Preformatted(List<Inline> content) implements Block {
    }

    /** A quotation or other container whose only meaning is grouping ({@code <blockquote>}). */
    record Quote(List<Block> body) implements Block {
    }

    record HorizontalRule() implements Block {
    }

    /**
     * Where {@code <references/>} or {@code {{reflist}}} stood: the entries of {@code list} (one group, collected since
     * that group's previous list) are listed here.
     */
    record ReferenceList(RefList list) implements Block {
        public String group() {
            return list.group();
        }
    }
}
