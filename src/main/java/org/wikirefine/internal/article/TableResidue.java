package org.wikirefine.internal.article;

import java.util.List;
import java.util.regex.Pattern;

import org.wikirefine.internal.model.Block;
import org.wikirefine.internal.model.Blocks;
import org.wikirefine.internal.model.Inline;

/**
 * Table markup that a parse without template expansion leaves as text: a cell's attributes whose closing {@code |}
 * a template supplied, row separators between templates that build a table, a table indented with {@code :}.
 * None of it is content; it is recognised by its shape, whatever the template.
 */
final class TableResidue {

    /** {@code name="v"}, {@code name='v'} or {@code name=v}, one or more, as in a cell's attribute part. */
    private static final Pattern ATTRIBUTES_ONLY =
            Pattern.compile("\\s*(?:[A-Za-z][A-Za-z0-9-]*\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'|]+)\\s*)+");
    /** A row separator line with its optional attributes ({@code |- style="…"}). */
    private static final Pattern ROW_SEPARATOR_LINE = Pattern.compile("(?m)^[ \\t]*\\|-[^\\n]*(?:\\n|$)");
    /** A table opened on an indented line ({@code :{|}): MediaWiki indents the table; Sweble sees no table. */
    private static final Pattern INDENTED_TABLE = Pattern.compile("(?m)^:+[ \\t]*(?=\\{\\|)");

    private TableResidue() {
    }

    /**
     * The wikitext with the indentation of indented tables replaced by line breaks of the same length, so that the
     * parser sees the table and offsets into the text stay those of the source.
     */
    static String unindentTables(String wikitext) {
        if (wikitext.indexOf(":{|") < 0 && !wikitext.contains(": {|")) {
            return wikitext;
        }
        java.util.regex.Matcher m = INDENTED_TABLE.matcher(wikitext);
        StringBuilder sb = new StringBuilder(wikitext.length());
        while (m.find()) {
            m.appendReplacement(sb, "\n".repeat(m.group().length()));
        }
        return m.appendTail(sb).toString();
    }

    /**
     * Text of a paragraph without row separator lines. {@code atLineStart} tells whether the text's first line
     * starts a source line (only whole lines are separators).
     */
    static String withoutRowSeparators(String text, boolean atLineStart) {
        if (!text.contains("|-")) {
            return text;
        }
        int from = atLineStart ? 0 : text.indexOf('\n') + 1;
        if (from == 0 && !atLineStart) {
            return text;
        }
        return text.substring(0, from) + ROW_SEPARATOR_LINE.matcher(text.substring(from)).replaceAll("");
    }

    /**
     * A cell whose only text is attributes followed by a dropped template ({@code | colspan="5" {{Yes}}}): the
     * template supplied the {@code |} that ends the attributes and the content, so nothing of it is content.
     */
    static List<Block> cellContent(List<Block> content) {
        List<Inline> flat = Blocks.flatten(content);
        StringBuilder text = new StringBuilder();
        for (Inline i : flat) {
            if (!(i instanceof Inline.Text t)) {
                return content;
            }
            text.append(t.text());
        }
        String s = text.toString();
        if (s.indexOf(Inline.DROPPED) < 0) {
            return content;
        }
        String attributes = s.replace(Inline.DROPPED, "");
        if (attributes.isBlank() || !ATTRIBUTES_ONLY.matcher(attributes).matches()) {
            return content;
        }
        return List.of(new Block.Paragraph(List.of(new Inline.Text(Inline.DROPPED))));
    }
}
