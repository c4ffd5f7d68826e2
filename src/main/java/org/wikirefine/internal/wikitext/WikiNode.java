package org.wikirefine.internal.wikitext;

import java.util.List;

/**
 * Nodes of the native parser's tree. Preprocessor-level nodes ({@link Template}, {@link ParameterRef},
 * {@link ExtensionTag}, {@link Comment}) carry source offsets ({@code start} inclusive, {@code end} exclusive) so a
 * later template-expansion stage can work on them; block and inline nodes are built over them by
 * {@link BlockParser} and {@link InlineParser}. Conversion markup {@code -{ }-} stays inside {@link Text}.
 */
public sealed interface WikiNode {

    /** Literal text (entities decoded, markup removed). */
    record Text(String text) implements WikiNode {
    }

    /** {@code <!-- … -->}; shows nothing. */
    record Comment(int start, int end) implements WikiNode {
    }

    /**
     * {@code {{name|args}}}: a template call, parser function or variable (told apart by the stages, as MediaWiki
     * does at expansion). {@code rawName} is the name's source text.
     */
    record Template(String rawName, List<Argument> args, String source, int start, int end) implements WikiNode {
        /** The call's source text. */
        public String raw() {
            return source.substring(start, end);
        }
    }

    /** One argument: {@code name} is null for a positional one; {@code rawValue} is its source text. */
    record Argument(String name, String rawValue, List<WikiNode> value, int start, int end) {
    }

    /** {@code {{{name|default}}}}; {@code defaultValue} is null without a default. */
    record ParameterRef(String rawName, List<WikiNode> defaultValue, int start, int end) implements WikiNode {
    }

    /** An extension tag with its raw body ({@code null} when self-closing) and raw attribute text. */
    record ExtensionTag(String name, String attributes, String body, int start, int end) implements WikiNode {
    }

    /** A heading line; {@code level} 1–6. */
    record Heading(int level, List<WikiNode> content) implements WikiNode {
    }

    record Paragraph(List<WikiNode> content) implements WikiNode {
    }

    /** A run of list lines; {@code kind} is the last prefix character: {@code * # ; :}. */
    record ListItem(char kind, List<WikiNode> content, List<WikiNode> children) {
    }

    record ListBlock(List<ListItem> items) implements WikiNode {
    }

    record Table(List<WikiNode> caption, List<TableRow> rows) implements WikiNode {
    }

    record TableRow(List<TableCell> cells) {
    }

    record TableCell(boolean header, List<WikiNode> content) {
    }

    /** Leading-space preformatted lines. */
    record Preformatted(List<List<WikiNode>> lines) implements WikiNode {
    }

    record HorizontalRule() implements WikiNode {
    }

    /**
     * {@code [[target|label]]trail}; {@code label} is null without a pipe. {@code options} holds every part after
     * the target for file links (options then caption).
     */
    record InternalLink(String target, List<WikiNode> label, String trail, List<List<WikiNode>> options)
            implements WikiNode {
    }

    /** {@code [url label]}; {@code label} is null without one. */
    record ExternalLink(String url, List<WikiNode> label) implements WikiNode {
    }

    /** An HTML element of {@link WikiTags#HTML} with its attributes' raw text. */
    record HtmlElement(String name, String attributes, List<WikiNode> children) implements WikiNode {
    }

    /** {@code __WORD__}, a known behaviour switch, as written (underscores included). */
    record BehaviourSwitch(String word) implements WikiNode {
    }
}
