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
     * The part of a citation's {@code url} value that MediaWiki links, and the text after it that it does not.
     * CS1 writes the value as the target of a bracketed external link {@code [url title]} after percent-encoding
     * {@code [} and {@code ]} in its path (Module:Citation/CS1 {@code external_link}); MediaWiki's link then ends
     * the URL at the first character {@code Parser::EXT_LINK_URL_CLASS} excludes ({@code []<>"}, controls, space,
     * Unicode space separators, U+FFFD) or at an escaped {@code &lt;}/{@code &gt;} ({@code handleExternalLinks}).
     * A URL that is a scheme alone ({@code http://}) is no link: the url is then empty. docs/references.md.
     */
    public static LinkTarget citationLinkTarget(String value) {
        String url = encodeBracketsInPath(value);
        int end = linkUrlEnd(url);
        String linked = url.substring(0, end);
        return new LinkTarget(isSchemeOnly(linked) ? "" : linked, url.substring(end));
    }

    /** A citation's linked URL (as written, not yet an address) and the text after it that the link leaves out. */
    public record LinkTarget(String url, String rest) {
    }

    /**
     * CS1 splits the value into a domain part of {@code /.-+:}, ASCII letters and digits, and a path starting at
     * {@code /}, {@code ?} or {@code #}; only when that split exists are the path's brackets encoded. The domain
     * part holds no bracket, so encoding every bracket after the run of domain characters is the same.
     */
    private static String encodeBracketsInPath(String value) {
        int run = 0;
        while (run < value.length() && isDomainPartChar(value.charAt(run))) {
            run++;
        }
        if (value.indexOf('[', run) < 0 && value.indexOf(']', run) < 0 || !hasPathStart(value, run)) {
            return value;
        }
        return value.substring(0, run) + value.substring(run).replace("[", "%5b").replace("]", "%5d");
    }

    /** A {@code / ? #} after at least one domain character, inside the run or right after it. */
    private static boolean hasPathStart(String value, int run) {
        for (int p = 1; p <= run && p < value.length(); p++) {
            if ("/?#".indexOf(value.charAt(p)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDomainPartChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "/.-+:".indexOf(c) >= 0);
    }

    /** Where MediaWiki's external link ends a URL that starts at 0 (see {@link #citationLinkTarget}). */
    private static int linkUrlEnd(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (endsLinkUrl(c) || (c == '&' && (url.startsWith("&lt;", i) || url.startsWith("&gt;", i)))) {
                return i;
            }
        }
        return url.length();
    }

    /**
     * Whether a character ends the URL of an external link, bracketed or bare: the complement of MediaWiki's
     * {@code Parser::EXT_LINK_URL_CLASS} ({@code [^][<>"\x00-\x20\x7F\p{Zs}\x{FFFD}]}): brackets, angle brackets,
     * the double quote, controls and space, DEL, Unicode space separators (Zs only: U+2028 stays in a URL) and the
     * replacement character. The one definition for the parser and for citation URLs.
     */
    public static boolean endsLinkUrl(char c) {
        return c <= 0x20 || c == 0x7F || c == '[' || c == ']' || c == '<' || c == '>' || c == '"' || c == '\uFFFD'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** {@code http://}, {@code mailto:} or {@code //} with nothing after: MediaWiki needs a character of address. */
    private static boolean isSchemeOnly(String url) {
        return url.equals("//") || url.matches("[A-Za-z][A-Za-z0-9+.-]*:(//)?");
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
