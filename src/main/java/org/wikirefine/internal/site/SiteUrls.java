package org.wikirefine.internal.site;

import java.nio.charset.StandardCharsets;

import org.wikirefine.WikiProfile;

/**
 * Where a wiki's pages live: the article path of a profile ({@code https://zh.wikipedia.org/wiki/$1}) and page URLs
 * built from it as MediaWiki builds them. The profile carries the address (bundled data, or a dump's siteinfo); this
 * class is the one place that encodes titles into it.
 */
public final class SiteUrls {

    private SiteUrls() {
    }

    /** The article path with {@code $1} where the encoded title goes, or {@code null} when the profile has none. */
    public static String articlePath(WikiProfile profile) {
        return profile.articlePath().isEmpty() ? null : profile.articlePath();
    }

    /** The URL of a page (a {@code #fragment} kept), or {@code null} for an empty title or a profile without path. */
    public static String pageUrl(WikiProfile profile, String title) {
        String path = articlePath(profile);
        return path == null ? null : pageUrl(path, title);
    }

    /** The URL of a page under an article path with {@code $1}, or {@code null} for an empty title. */
    public static String pageUrl(String articlePath, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.trim();
        int hash = t.indexOf('#');
        String fragment = hash < 0 ? "" : "#" + encode(t.substring(hash + 1).trim().replace(' ', '_'));
        String page = hash < 0 ? t : t.substring(0, hash).trim();
        return articlePath.replace("$1", encode(page.replace(' ', '_'))) + fragment;
    }

    /**
     * MediaWiki's wfUrlencode: percent-encoding of UTF-8, except the characters it leaves readable in titles
     * ({@code ;:@$!*(),/~} and unreserved ones).
     */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length() * 2);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.~;:@$!*(),/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    /**
     * An external URL as written in wikitext, made an address: character references decoded (MediaWiki's href holds
     * the characters they name), then braces, bars, angle brackets, quotes and spaces percent-encoded, as browsers
     * send them. A URL that holds
     * {@code -{ }-} conversion markup or template braces is then the same address and carries no markup token.
     */
    public static String externalUrl(String raw) {
        if (raw == null || (raw.indexOf('&') < 0 && raw.indexOf('{') < 0 && raw.indexOf('}') < 0
                && raw.indexOf('|') < 0 && raw.indexOf('<') < 0 && raw.indexOf('>') < 0 && raw.indexOf('"') < 0
                && raw.indexOf(' ') < 0)) {
            return raw;
        }
        String url = org.wikirefine.internal.article.HtmlEntities.decode(raw);
        StringBuilder sb = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case '{' -> sb.append("%7B");
                case '}' -> sb.append("%7D");
                case '|' -> sb.append("%7C");
                // what a decoded reference may name that no URL holds as such (MediaWiki's sanitizer encodes these)
                case '<' -> sb.append("%3C");
                case '>' -> sb.append("%3E");
                case '"' -> sb.append("%22");
                case ' ' -> sb.append("%20");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
