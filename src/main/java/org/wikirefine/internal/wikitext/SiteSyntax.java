package org.wikirefine.internal.wikitext;

/**
 * The wiki facts the native parser needs, through one narrow interface, so the parser does not depend on where a
 * wiki's namespaces and magic words come from (today {@code WikiProfile}; later a dump's site info).
 */
public interface SiteSyntax {

    /** True for a link target in a file namespace ({@code File:}, {@code 文件:}, …); no leading colon. */
    boolean isFile(String target);

    /** True for a link target in the category namespace. */
    boolean isCategory(String target);

    /** True for an interlanguage prefix ({@code [[en:Foo]]}). */
    boolean isInterlanguage(String target);

    /**
     * Where a behaviour switch that starts at {@code from} ends in {@code text} (not beyond {@code to}), or -1: the
     * wiki's own spellings, underscores included ({@code __NOTOC__}, {@code __KEIN_INHALTSVERZEICHNIS__}, the
     * full-width {@code ＿＿目次非表示＿＿}).
     */
    int behaviourSwitchEnd(String text, int from, int to);

    /** True for an option that makes a file link a block of its own (a framed thumbnail), ending the paragraph. */
    boolean isBlockImageOption(String option);

    /** True if an image link option is a known option word (so it is not the caption). */
    boolean isImageOption(String option);
}
