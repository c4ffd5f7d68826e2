package org.wikirefine.internal.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wikirefine.WikiProfile;

/**
 * A profile's magic words compiled for matching: redirect lines, behaviour switches ({@code __NOTOC__},
 * {@code __目次非表示__}, {@code __KEIN_INHALTSVERZEICHNIS__}) and image options ({@code thumb}, {@code bélyegkép},
 * {@code 200px}, {@code alt=…}). One instance per profile, shared and thread-safe. Both parsers read wiki facts
 * through this and {@link WikiProfile}; nothing else spells a magic word.
 */
public final class WikiSyntax {

    /** MediaWiki's behaviour-switch ids (MagicWordFactory::$mDoubleUnderscoreIDs, those we act on or remove). */
    private static final List<String> SWITCHES = List.of("notoc", "nogallery", "forcetoc", "toc", "noeditsection",
            "newsectionlink", "nonewsectionlink", "hiddencat", "expectunusedcategory", "index", "noindex",
            "staticredirect", "nocontentconvert", "notitleconvert");
    /**
     * Switches of extensions zh.wikipedia and en.wikipedia run (Disambiguator, TemplateData-era ones, GlobalUserPage)
     * whose spellings are not in core's message files.
     */
    private static final List<String> EXTENSION_SWITCHES = List.of("__DISAMBIG__", "__消歧义__", "__消歧義__",
            "__EXPECTUNUSEDTEMPLATE__", "__NOGLOBAL__");

    /** Magic words written like parser functions ({@code {{DEFAULTSORT:key}}}) that the builder acts on. */
    private static final List<String> FUNCTIONS = List.of("defaultsort", "displaytitle");

    private static final Map<WikiProfile, WikiSyntax> CACHE = new ConcurrentHashMap<>();

    private final Pattern redirect;
    private final Pattern switches;
    private final Map<String, String> switchIds;
    private final Map<String, String> functions = new HashMap<>();
    private final Map<String, String> plainOptions = new HashMap<>();
    private final List<Map.Entry<Pattern, String>> valueOptions = new ArrayList<>();

    private WikiSyntax(WikiProfile profile) {
        // A target holding characters MediaWiki forbids in titles ({@code <>[]{}|}) makes no redirect.
        redirect = Pattern.compile("\\A[\\s\\u00A0]*(?:" + alternation(profile.magicWords("redirect"))
                + ")[\\s\\u00A0]*:?[\\s\\u00A0]*\\[\\[([^\\[\\]|\\n<>{}]+)(?:\\|[^\\]]*)?\\]\\]",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        switchIds = new HashMap<>();
        List<String> words = new ArrayList<>(EXTENSION_SWITCHES);
        EXTENSION_SWITCHES.forEach(w -> switchIds.put(key(w), "extension"));
        for (String id : SWITCHES) {
            for (String w : profile.magicWords(id)) {
                words.add(w);
                switchIds.put(key(w), id);
            }
        }
        switches = Pattern.compile(alternation(words), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String id : FUNCTIONS) {
            for (String w : profile.magicWords(id)) {
                functions.put(key(w.endsWith(":") ? w.substring(0, w.length() - 1) : w), id.toUpperCase(Locale.ROOT));
            }
        }
        for (String id : profile.magicWordIds()) {
            if (id.startsWith("img_")) {
                for (String w : profile.magicWords(id)) {
                    addImageOption(id, w);
                }
            }
        }
    }

    /** The shared instance for a profile. */
    public static WikiSyntax of(WikiProfile profile) {
        return CACHE.computeIfAbsent(profile, WikiSyntax::new);
    }

    private void addImageOption(String id, String word) {
        if (!word.contains("$1")) {
            plainOptions.put(word.toLowerCase(Locale.ROOT), id);
            return;
        }
        String[] parts = word.split("\\$1", -1);
        String value = "img_width".equals(id) ? "[0-9]*(?:x[0-9]+)?\\s*" : ".*";
        valueOptions.add(Map.entry(Pattern.compile(Pattern.quote(parts[0]) + value + Pattern.quote(parts[1]),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL), id));
    }

    private static String alternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // longest first: __NOTOC__ before __TOC__
        List<String> quoted = new ArrayList<>();
        sorted.forEach(w -> quoted.add(Pattern.quote(w)));
        return quoted.isEmpty() ? "(?!)" : String.join("|", quoted);
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /**
     * The English name of a magic word used like a parser function in any of the wiki's spellings
     * ({@code RENDEZÉS} or {@code 默认排序} → {@code DEFAULTSORT}), or empty.
     */
    public Optional<String> canonicalFunction(String name) {
        return Optional.ofNullable(functions.get(key(name.trim())));
    }

    /** The redirect target of a page ({@code #ÁTIRÁNYÍTÁS [[Cél]]} at the very start), or {@code null}. */
    public String redirectTarget(String wikitext) {
        Matcher m = redirect.matcher(wikitext);
        if (!m.lookingAt()) {
            return null;
        }
        String target = m.group(1).trim().replace('_', ' ');
        return target.isEmpty() ? null : target;
    }

    /** The text after the redirect line (categories and the like may follow it). */
    public String afterRedirect(String wikitext) {
        Matcher m = redirect.matcher(wikitext);
        return m.lookingAt() ? wikitext.substring(m.end()) : wikitext;
    }

    /** A matcher finding the profile's behaviour switches ({@code __NOTOC__}…) in a text. */
    public Matcher switches(String text) {
        return switches.matcher(text);
    }

    /** The MediaWiki id of a matched switch ({@code notoc}, {@code nocontentconvert}…), or empty. */
    public Optional<String> switchId(String word) {
        return Optional.ofNullable(switchIds.get(key(word)));
    }

    /**
     * The MediaWiki id of an image option ({@code thumb}, {@code bélyegkép} → {@code img_thumbnail};
     * {@code 200px} → {@code img_width}; {@code alt=x} → {@code img_alt}), or empty for a caption.
     */
    public Optional<String> imageOption(String option) {
        String o = option.trim();
        String id = plainOptions.get(o.toLowerCase(Locale.ROOT));
        if (id != null) {
            return Optional.of(id);
        }
        for (Map.Entry<Pattern, String> e : valueOptions) {
            if (e.getKey().matcher(o).matches()) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
