package org.wikirefine.internal.article;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML character references in text that Sweble hands us raw (nowiki and pre bodies, attribute values):
 * numeric references and the named entities that occur in wiki text. Sweble resolves entities in ordinary text
 * itself.
 */
public final class HtmlEntities {

    private static final Pattern REF = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
            Map.entry("hellip", "\u2026"), Map.entry("middot", "\u00B7"), Map.entry("times", "\u00D7"),
            Map.entry("divide", "\u00F7"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"), Map.entry("deg", "\u00B0"),
            Map.entry("plusmn", "\u00B1"), Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("bull", "\u2022"), Map.entry("thinsp", "\u2009"),
            Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"), Map.entry("zwj", "\u200D"), Map.entry("zwnj", "\u200C"),
            Map.entry("shy", "\u00AD"), Map.entry("minus", "\u2212"), Map.entry("prime", "\u2032"), Map.entry("Prime", "\u2033"),
            Map.entry("frac12", "\u00BD"), Map.entry("frac14", "\u00BC"), Map.entry("frac34", "\u00BE"),
            Map.entry("sup2", "\u00B2"), Map.entry("sup3", "\u00B3"), Map.entry("micro", "\u00B5"), Map.entry("para", "\u00B6"),
            Map.entry("sect", "\u00A7"), Map.entry("euro", "\u20AC"), Map.entry("pound", "\u00A3"), Map.entry("yen", "\u00A5"),
            Map.entry("cent", "\u00A2"), Map.entry("trade", "\u2122"), Map.entry("larr", "\u2190"), Map.entry("rarr", "\u2192"),
            Map.entry("uarr", "\u2191"), Map.entry("darr", "\u2193"), Map.entry("harr", "\u2194"), Map.entry("le", "\u2264"),
            Map.entry("ge", "\u2265"), Map.entry("ne", "\u2260"), Map.entry("infin", "\u221E"), Map.entry("lrm", "\u200E"),
            Map.entry("rlm", "\u200F"), Map.entry("iexcl", "\u00A1"), Map.entry("iquest", "\u00BF"), Map.entry("ordm", "\u00BA"),
            Map.entry("ordf", "\u00AA"), Map.entry("acute", "\u00B4"), Map.entry("uml", "\u00A8"), Map.entry("szlig", "\u00DF"),
            Map.entry("eacute", "\u00E9"), Map.entry("egrave", "\u00E8"), Map.entry("aacute", "\u00E1"),
            Map.entry("agrave", "\u00E0"), Map.entry("ouml", "\u00F6"), Map.entry("uuml", "\u00FC"), Map.entry("auml", "\u00E4"),
            Map.entry("ccedil", "\u00E7"), Map.entry("ntilde", "\u00F1"), Map.entry("alpha", "\u03B1"), Map.entry("beta", "\u03B2"),
            Map.entry("gamma", "\u03B3"), Map.entry("delta", "\u03B4"), Map.entry("pi", "\u03C0"), Map.entry("mu", "\u03BC"),
            Map.entry("sigma", "\u03C3"), Map.entry("omega", "\u03C9"), Map.entry("lambda", "\u03BB"), Map.entry("theta", "\u03B8"));

    private HtmlEntities() {
    }

    public static String decode(String s) {
        Matcher m = REF.matcher(s);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            String rep = resolve(m.group(1));
            if (rep == null) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length());
            }
            sb.append(s, last, m.start()).append(rep);
            last = m.end();
        }
        if (sb == null) {
            return s;
        }
        return sb.append(s, last, s.length()).toString();
    }

    /** One reference without its {@code &} and {@code ;} ({@code amp}, {@code #124}, {@code #x7C}); null if unknown. */
    public static String resolve(String ref) {
        if (ref.isEmpty()) {
            return null;   // "&;" is text
        }
        if (ref.charAt(0) == '#') {
            try {
                int cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                if (cp <= 0 || !Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return null;
                }
                return new String(Character.toChars(cp));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(ref);
    }
}
