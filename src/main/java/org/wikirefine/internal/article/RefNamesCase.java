package org.wikirefine.internal.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MediaWiki matches extension tags case-insensitively ({@code <Ref>…</ref>} is a ref, Cite's test "&lt;ref&gt;
 * defined in &lt;references&gt; called with #tag"); Sweble only knows the lower-case names. This lower-cases the
 * names of {@code ref} and {@code references} tags written in another case before parsing.
 */
final class RefNamesCase {

    private static final Pattern TAG = Pattern.compile("<(/?)(ref|references)(?=[\\s>/])", Pattern.CASE_INSENSITIVE);

    private RefNamesCase() {
    }

    static String lowerRefTags(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher m = TAG.matcher(text);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            String name = m.group(2);
            if (name.equals("ref") || name.equals("references")) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length());
            }
            sb.append(text, last, m.start()).append('<').append(m.group(1)).append(name.toLowerCase(java.util.Locale.ROOT));
            last = m.end();
        }
        if (sb == null) {
            return text;
        }
        return sb.append(text, last, text.length()).toString();
    }
}
