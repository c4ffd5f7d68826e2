package org.wikirefine.internal.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wikirefine.WikiProfile;

/**
 * Guesses a page's wiki from its text, only where the text says so: a link or redirect prefix that is a local
 * namespace name or redirect word of exactly one bundled wiki ({@code [[Kategória:…]]}, {@code #ÁTIRÁNYÍTÁS}), or
 * zh's own conversion markup. English names are valid on every wiki, so they decide nothing; without such words
 * the script decides only between zh (Han, no kana), ja (kana) and the neutral en profile (anything else), and
 * the caller is told which profile it got and why.
 */
public final class ProfileGuess {

    private static final Pattern PREFIX = Pattern.compile("\\[\\[\\s*:?\\s*([^\\[\\]|:#\\n]{1,40}?)\\s*:");
    private static final Pattern ZH_MARKUP = Pattern.compile("-\\{|\\{\\{\\s*noteTA", Pattern.CASE_INSENSITIVE);

    private ProfileGuess() {
    }

    /** The bundled profiles, built once. */
    private static final class Bundled {
        static final Map<String, WikiProfile> ALL = all();

        private static Map<String, WikiProfile> all() {
            Map<String, WikiProfile> out = new HashMap<>();
            for (String db : WikiProfile.bundled()) {
                out.put(db, WikiProfile.of(db));
            }
            return Map.copyOf(out);
        }
    }

    /** A guessed profile and why it was chosen, for the user to see. */
    public record Guess(WikiProfile profile, String reason) {
    }

    /** The profile for a page of unknown origin. */
    public static Guess guess(String wikitext) {
        Optional<WikiProfile> named = byWords(wikitext);
        if (named.isPresent()) {
            return new Guess(named.get(), "its namespace or redirect words");
        }
        boolean kana = wikitext.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
        if (kana) {
            return new Guess(Bundled.ALL.get("jawiki"), "kana in the text");
        }
        if (wikitext.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return new Guess(WikiProfile.ZHWIKI, "Han characters and no kana in the text");
        }
        return new Guess(WikiProfile.ENWIKI, "no wiki-specific words and no Han characters (English names are valid on every wiki)");
    }

    /** The one bundled wiki the text's own words point to, or empty when the text does not say. */
    static Optional<WikiProfile> byWords(String wikitext) {
        Set<String> votes = new HashSet<>();
        Map<String, WikiProfile> bundled = Bundled.ALL;
        Matcher m = PREFIX.matcher(wikitext);
        int seen = 0;
        while (m.find() && seen++ < 200) {
            String prefix = m.group(1);
            Set<String> owners = new HashSet<>();
            bundled.forEach((db, p) -> {
                if (p.namespaceId(prefix).isPresent() && !WikiProfile.ENWIKI.namespaceId(prefix).isPresent()) {
                    owners.add(db);
                }
            });
            if (owners.size() == 1) {
                votes.addAll(owners);
            }
        }
        String head = wikitext.stripLeading();
        bundled.forEach((db, p) -> {
            WikiSyntax s = WikiSyntax.of(p);
            if (s.redirectTarget(head) != null && WikiSyntax.of(WikiProfile.ENWIKI).redirectTarget(head) == null) {
                votes.add(db);
            }
        });
        if (votes.isEmpty() && ZH_MARKUP.matcher(wikitext).find()) {
            votes.add(WikiProfile.ZHWIKI.dbname());
        }
        return votes.size() == 1 ? Optional.of(bundled.get(votes.iterator().next())) : Optional.empty();
    }
}
