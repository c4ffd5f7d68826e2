package org.wikirefine;

/**
 * The wiki whose conventions a page follows: namespace names and aliases, redirect keywords, magic words.
 * Only the two built-in profiles exist for now; the dump reader can extend a profile from a dump's siteinfo.
 */
public enum WikiProfile {
    /** zh.wikipedia: Chinese namespace names and aliases (文件/檔案/File/Image…), {@code #重定向}. */
    ZHWIKI,
    /** en.wikipedia. */
    ENWIKI
}
