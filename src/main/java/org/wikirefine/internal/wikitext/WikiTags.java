package org.wikirefine.internal.wikitext;

import java.util.Set;

/**
 * MediaWiki's tag lists, in one place. Sources: MediaWiki 1.39 {@code Sanitizer::getRecognizedTagData} (HTML tags
 * allowed in wikitext), {@code CoreTagHooks} plus the extensions zh/en.wikipedia run (Cite, SyntaxHighlight, Math,
 * Score, Poem, TemplateStyles, Kartographer, Graph, …) for tags whose body is raw text, and the preprocessor's
 * {@code includeonly}/{@code noinclude}/{@code onlyinclude}.
 */
public final class WikiTags {

    /** Tags whose body the preprocessor keeps raw (not parsed as wikitext): extension tags. */
    public static final Set<String> EXTENSION = Set.of("nowiki", "pre", "ref", "references", "gallery", "math", "chem",
            "ce", "syntaxhighlight", "source", "score", "poem", "hiero", "templatestyles", "templatedata", "indicator",
            "timeline", "graph", "mapframe", "maplink", "categorytree", "inputbox", "imagemap", "charinsert", "section",
            "dynamicpagelist", "langconvert", "rss", "quiz", "phonos", "chart");

    /** Page view: the body of this tag is not shown at all. */
    public static final String INCLUDE_ONLY = "includeonly";
    /** Page view: these tags vanish and their body is ordinary wikitext. */
    public static final Set<String> TRANSPARENT = Set.of("noinclude", "onlyinclude");

    /** HTML tags MediaWiki's sanitizer accepts in wikitext (others are shown as text). */
    public static final Set<String> HTML = Set.of("b", "bdi", "del", "i", "ins", "u", "font", "big", "small", "sub",
            "sup", "h1", "h2", "h3", "h4", "h5", "h6", "cite", "code", "em", "s", "strike", "strong", "tt", "var", "div",
            "center", "blockquote", "ol", "ul", "dl", "table", "caption", "pre", "ruby", "rb", "rp", "rt", "rtc", "p",
            "span", "abbr", "dfn", "kbd", "samp", "data", "time", "mark", "br", "wbr", "hr", "li", "dt", "dd", "td", "th",
            "tr", "q", "bdo", "link", "meta");

    /**
     * HTML elements whose only effect on text is formatting: their content shows as if the tags were not there, so
     * an unclosed or misnested one changes nothing a text reader sees (MediaWiki's HTML repair closes them at the
     * end of the block).
     */
    public static final Set<String> INLINE_FORMATTING = Set.of("b", "bdi", "del", "i", "ins", "u", "font", "big",
            "small", "sub", "sup", "cite", "em", "s", "strike", "strong", "span", "abbr", "dfn", "data", "time", "mark",
            "bdo");

    /**
     * HTML block elements that are only a box around their content: their text is the same however far they reach,
     * so one a block leaves open is closed at the block's end (MediaWiki's HTML repair would let it enclose the
     * blocks that follow, which are blocks of their own either way). Not {@code blockquote}: its content is quoted;
     * not {@code p}: after a line that opens one, MediaWiki's {@code doBlockLevels} makes no paragraphs until a line
     * that closes a block, so blank lines no longer split the text (oracle).
     */
    public static final Set<String> BOXES = Set.of("div", "center");

    /**
     * The one element that may enclose the blocks after the paragraph that opens it, up to its end tag (MediaWiki's
     * HTML repair; {@code BlockParser}, {@code InlineParser}).
     */
    public static final String QUOTE = "blockquote";

    /** HTML lists, whose end tag closes their items left open (HTML's implied end tags). */
    public static final Set<String> LISTS = Set.of("ol", "ul", "dl");

    /** The items of {@link #LISTS}. */
    public static final Set<String> LIST_ITEMS = Set.of("li", "dt", "dd");

    /** HTML tags that never have a body ({@code <br>}, {@code <hr>}). */
    public static final Set<String> VOID = Set.of("br", "wbr", "hr", "link", "meta");

    /** HTML elements whose content becomes blocks when they stand at block level. */
    public static final Set<String> BLOCK_ELEMENTS = Set.of("div", "center", "blockquote", "p", "table", "ul", "ol",
            "dl", "section", "article", "aside", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "tbody");

    /** HTML elements that are not shown at all (their content is not text either). */
    public static final Set<String> HIDDEN_ELEMENTS = Set.of("style", "script", "templatestyles", "noinclude-hidden");

    /** Extension tags whose body is shown exactly as written. */
    public static final Set<String> VERBATIM = Set.of("nowiki", "math", "chem", "ce", "syntaxhighlight", "source",
            "hiero", "score");

    /** Extension tags that show nothing useful as text (graphics, widgets, metadata). */
    public static final Set<String> DROPPED = Set.of("templatestyles", "templatedata", "indicator", "timeline",
            "graph", "mapframe", "maplink", "categorytree", "inputbox", "imagemap", "charinsert", "section",
            "dynamicpagelist", "langconvert-hidden", "includeonly", "onlyinclude-hidden");

    /** Extension tags that MediaWiki renders as block elements (a div, a table, a pre): they end a paragraph. */
    public static final Set<String> BLOCK_EXTENSION = Set.of("gallery", "poem", "timeline", "graph", "mapframe",
            "categorytree", "imagemap", "inputbox", "references", "templatedata", "score", "pre", "syntaxhighlight",
            "source");

    /** URL schemes of external links ({@code $wgUrlProtocols}, the common part), lower case. */
    public static final String[] PROTOCOLS = {"https://", "http://", "//", "ftp://", "ftps://", "mailto:", "irc://",
            "ircs://", "news:", "sftp://", "git://", "svn://", "gopher://", "telnet://", "nntp://", "worldwind://",
            "urn:", "geo:", "tel:", "sip:", "sips:", "sms:", "xmpp:", "magnet:", "mms://", "redis://", "ssh://",
            "bitcoin:", "matrix:", "osmand:", "openpgp4fpr:"};

    private WikiTags() {
    }
}
