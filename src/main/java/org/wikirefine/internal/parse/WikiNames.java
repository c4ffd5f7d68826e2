package org.wikirefine.internal.parse;

import java.util.Locale;
import java.util.Set;

import org.wikirefine.WikiProfile;

/**
 * Interlanguage prefixes (a list of language codes, the same on every wiki) and link-target helpers. Namespaces
 * and magic words are per wiki: {@link WikiProfile} and {@link org.wikirefine.internal.site.WikiSyntax}.
 */
public final class WikiNames {

    /**
     * Interlanguage prefixes: the language codes of Wikipedias (a link {@code [[en:Foo]]} is an interlanguage
     * link and is dropped from text). Source: the list of Wikipedias on meta.wikimedia.org (codes only).
     */
    private static final Set<String> LANGUAGES = Set.of("aa", "ab", "ace", "af", "ak", "als", "am", "an", "ang", "ar",
            "arc", "arz", "as", "ast", "av", "ay", "az", "ba", "bar", "bat-smg", "be", "be-tarask", "be-x-old", "bg", "bh",
            "bi", "bm", "bn", "bo", "br", "bs", "bug", "ca", "cdo", "ce", "ceb", "ch", "chr", "chy", "ckb", "co", "cr",
            "cs", "csb", "cu", "cv", "cy", "da", "de", "diq", "dsb", "dv", "dz", "ee", "el", "eml", "en", "eo", "es",
            "et", "eu", "ext", "fa", "ff", "fi", "fiu-vro", "fj", "fo", "fr", "frp", "frr", "fur", "fy", "ga", "gan",
            "gd", "gl", "glk", "gn", "got", "gu", "gv", "ha", "hak", "haw", "he", "hi", "hif", "hr", "hsb", "ht", "hu",
            "hy", "ia", "id", "ie", "ig", "ik", "ilo", "io", "is", "it", "iu", "ja", "jv", "ka", "kaa", "kab", "kg",
            "ki", "kk", "kl", "km", "kn", "ko", "koi", "ks", "ksh", "ku", "kv", "kw", "ky", "la", "lad", "lb", "lg",
            "li", "lij", "lmo", "ln", "lo", "lt", "lv", "map-bms", "mdf", "mg", "mhr", "mi", "mk", "ml", "mn", "mr",
            "ms", "mt", "my", "mzn", "na", "nah", "nap", "nds", "nds-nl", "ne", "new", "nl", "nn", "no", "nov", "nrm",
            "nv", "ny", "oc", "om", "or", "os", "pa", "pag", "pam", "pap", "pcd", "pdc", "pi", "pl", "pms", "pnb", "ps",
            "pt", "qu", "rm", "rmy", "rn", "ro", "roa-rup", "roa-tara", "ru", "rw", "sa", "sah", "sc", "scn", "sco", "sd",
            "se", "sg", "sh", "si", "simple", "sk", "sl", "sm", "sn", "so", "sq", "sr", "srn", "ss", "st", "stq", "su",
            "sv", "sw", "szl", "ta", "te", "tet", "tg", "th", "ti", "tk", "tl", "tn", "to", "tpi", "tr", "ts", "tt",
            "tum", "tw", "ty", "udm", "ug", "uk", "ur", "uz", "ve", "vec", "vi", "vls", "vo", "wa", "war", "wo", "wuu",
            "xal", "xh", "yi", "yo", "za", "zea", "zh", "zh-classical", "zh-min-nan", "zh-yue", "zu", "lzh", "yue",
            "nan", "cmn", "gsw", "vro", "rup", "sgs", "bat", "mnw", "shn", "sat", "nqo", "ary", "azb", "lld", "smn");

    private WikiNames() {
    }

    /** The namespace prefix of a link target, lower-cased, or empty. Leading {@code :} is not stripped here. */
    static String prefix(String target) {
        int colon = target.indexOf(':');
        if (colon <= 0) {
            return "";
        }
        return target.substring(0, colon).trim().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** {@code [[en:Foo]]} (no leading colon) is an interlanguage link, unless the prefix is a namespace or the wiki's own language. */
    public static boolean isInterlanguage(String target, WikiProfile profile) {
        String p = prefix(target);
        if (p.isEmpty() || p.equals(profile.language()) || profile.namespaceOf(target).isPresent()) {
            return false;
        }
        return LANGUAGES.contains(p);
    }

    /** The part after the namespace prefix. */
    public static String stripPrefix(String target) {
        int colon = target.indexOf(':');
        return colon < 0 ? target.trim() : target.substring(colon + 1).trim();
    }
}
