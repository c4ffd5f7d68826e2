package org.wikirefine.internal.convert;

import org.wikirefine.internal.InternalMarks;

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
 * The characters are named in {@link InternalMarks} (the one registry of marks); these are the conversion's names.
 */
public final class ConversionMarks {
    public static final char STRIP_START = InternalMarks.STRIP_START;
    public static final char STRIP_END = InternalMarks.STRIP_END;
    public static final char CODE_START = InternalMarks.CODE_START;
    public static final char CODE_END = InternalMarks.CODE_END;
    public static final char RULES_START = InternalMarks.RULES_START;
    public static final char RULES_END = InternalMarks.RULES_END;

    private ConversionMarks() {
    }
}
