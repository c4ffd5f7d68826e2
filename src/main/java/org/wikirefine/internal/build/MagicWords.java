package org.wikirefine.internal.build;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Behaviour switches ({@code __TOC__}, {@code __NOCC__}…) and redirect keywords, in their English and zh.wikipedia
 * spellings (MediaWiki's MessagesEn/MessagesZh_hans/MessagesZh_hant magic words). Sweble 4.0.1 leaves switches as
 * plain text (stack-facts.md 1.2), so we find and remove them ourselves.
 */
final class MagicWords {

    static final Pattern SWITCH = Pattern.compile("__([A-Z]+|[\\p{IsHan}]+)__");

    private static final Set<String> KNOWN = Set.of("TOC", "NOTOC", "FORCETOC", "NOEDITSECTION", "NEWSECTIONLINK",
            "NONEWSECTIONLINK", "NOGALLERY", "HIDDENCAT", "EXPECTUNUSEDCATEGORY", "NOINDEX", "INDEX", "STATICREDIRECT",
            "NOCONTENTCONVERT", "NOCC", "NOTITLECONVERT", "NOTC", "DISAMBIG", "EXPECTUNUSEDTEMPLATE", "NOGLOBAL",
            "目录", "目錄", "无目录", "無目錄", "强显目录", "強顯目錄", "无段落编辑", "無段落編輯", "无编辑段落", "無編輯段落",
            "不转换内容", "不轉換內容", "不转换标题", "不轉換標題", "消歧义", "消歧義", "隐藏分类", "隱藏分類", "索引", "无索引", "無索引");

    private static final Set<String> NO_CONTENT_CONVERT = Set.of("NOCONTENTCONVERT", "NOCC", "不转换内容", "不轉換內容");
    private static final Set<String> NO_TITLE_CONVERT = Set.of("NOTITLECONVERT", "NOTC", "不转换标题", "不轉換標題");

    /**
     * {@code #REDIRECT [[Target]]} at the very start, as MediaWiki requires; zh keyword {@code #重定向}. A target
     * holding characters MediaWiki forbids in titles ({@code <>[]{}|}) makes no redirect.
     */
    private static final Pattern REDIRECT = Pattern.compile(
            "\\A[\\s\\u00A0]*#(?:REDIRECT|重定向)[\\s\\u00A0]*:?[\\s\\u00A0]*\\[\\[([^\\[\\]|\\n<>{}]+)(?:\\|[^\\]]*)?\\]\\]",
            Pattern.CASE_INSENSITIVE);

    private MagicWords() {
    }

    static boolean isKnownSwitch(String word) {
        return KNOWN.contains(word.toUpperCase(Locale.ROOT)) || KNOWN.contains(word);
    }

    static boolean isNoContentConvert(String word) {
        return NO_CONTENT_CONVERT.contains(word);
    }

    static boolean isNoTitleConvert(String word) {
        return NO_TITLE_CONVERT.contains(word);
    }

    /** The text after the redirect line (categories and the like may follow it). */
    static String afterRedirect(String wikitext) {
        Matcher m = REDIRECT.matcher(wikitext);
        return m.lookingAt() ? wikitext.substring(m.end()) : wikitext;
    }

    /** The redirect target, or {@code null}. */
    static String redirectTarget(String wikitext) {
        Matcher m = REDIRECT.matcher(wikitext);
        if (!m.lookingAt()) {
            return null;
        }
        String target = m.group(1).trim().replace('_', ' ');
        return target.isEmpty() ? null : target;
    }
}
