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

    /** True for a behaviour switch word, without the underscores ({@code TOC}, {@code NOTOC}, {@code 不转换内容}). */
    boolean isBehaviourSwitch(String word);

    /** True for an option that makes a file link a block of its own (a framed thumbnail), ending the paragraph. */
    boolean isBlockImageOption(String option);

    /** True if an image link option is a known option word (so it is not the caption). */
    boolean isImageOption(String option);
}
