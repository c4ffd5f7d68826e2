package org.wikirefine.internal.convert;

/**
 * Private-use characters that the renderer puts into the text handed to a {@link ConversionSession}, the
 * way MediaWiki's parser hands strip markers to its LanguageConverter.
 *
 * <ul>
 *   <li>{@link #STRIP_START} index {@link #STRIP_END}: an opaque placeholder (nowiki, pre, math, a reference
 *       marker…). The session copies it unchanged and never looks inside; the renderer swaps the content
 *       back afterwards.</li>
 *   <li>{@link #CODE_START} … {@link #CODE_END}: text that MediaWiki's autoConvert skips (a whole
 *       {@code <code>} element): {@code -{ }-} markup inside is still resolved, characters are not
 *       converted. The session drops both marks from its output.</li>
 *   <li>{@link #RULES_START} id {@link #RULES_END}: a {@link RuleBlock}, the hidden rules of one conversion group
 *       as {@code {{noteTA}}} emits them, by reference instead of as markup text. The session applies the block at
 *       that position, exactly as it would apply the block's {@code -{H|…}-} rules one by one, and outputs
 *       nothing for it.</li>
 * </ul>
 * All six lie in the Unicode private use area, which neither wikitext nor the conversion tables use.
 */
public final class ConversionMarks {
    public static final char STRIP_START = '\uE000';
    public static final char STRIP_END = '\uE001';
    public static final char CODE_START = '\uE002';
    public static final char CODE_END = '\uE003';
    public static final char RULES_START = '\uE00D';
    public static final char RULES_END = '\uE00E';

    private ConversionMarks() {
    }
}
