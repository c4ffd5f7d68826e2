package org.wikirefine.internal.convert;

/**
 * What to show when a {@code -{…}-} rule has no text for the current variant (for example {@code -{zh-cn:X}-}
 * read in zh-tw). MediaWiki shows the message "在手动字词转换规则中检测到错误" in a red error span; for clean
 * text that is rarely wanted. Every policy records a {@code CONVERSION_RULE_ERROR} diagnostic.
 */
public enum RuleErrorPolicy {
    /** Default: the rule's first value, auto-converted to the variant (what zhconv does). */
    FIRST_VALUE_CONVERTED,
    /** Nothing. */
    EMPTY,
    /** MediaWiki's own message text, as a reader of zh.wikipedia would see it. */
    MEDIAWIKI_MESSAGE;

    /** MediaWiki's {@code converter-manual-rule-error} message in zh, as MediaWiki 1.39 shows it (oracle). */
    public static final String MEDIAWIKI_RULE_ERROR_TEXT = "在手动字词转换规则中检测到错误";
}
