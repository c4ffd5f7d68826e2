package org.wikirefine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.wikirefine.internal.site.ProfileGuess;

/**
 * Static shortcuts for one-off use. {@link #parse(String, String)} reads the page as the wiki its own words point
 * to (namespace and redirect words of one bundled wiki, zh conversion markup, else its script: see
 * {@code docs/wikis.md}), with one shared default refiner per wiki. Build your own refiner with
 * {@link WikiRefiner#builder()} to choose the wiki or configure it.
 */
public final class WikiRefine {

    private static final Map<WikiProfile, WikiRefiner> BY_WIKI = new ConcurrentHashMap<>();

    private WikiRefine() {
    }

    private static final class Default {
        static final WikiRefiner REFINER = WikiRefiner.builder().build();
    }

    /** {@return the shared default refiner (zh.wikipedia profile)} */
    public static WikiRefiner refiner() {
        return Default.REFINER;
    }

    /**
     * The shared default refiner of a wiki.
     *
     * @param wiki the wiki's profile
     * @return a refiner built once per profile and kept
     */
    public static WikiRefiner refiner(WikiProfile wiki) {
        return wiki.equals(WikiProfile.ZHWIKI) ? Default.REFINER
                : BY_WIKI.computeIfAbsent(wiki, w -> WikiRefiner.builder().profile(w).build());
    }

    /**
     * Refines wikitext of an untitled page, as the wiki its words point to.
     *
     * @param wikitext the page source
     * @return the refined article
     */
    public static Article parse(String wikitext) {
        return parse(wikitext, "");
    }

    /**
     * Refines wikitext with its page title (the title matters for title conversion and redirects), as the wiki its
     * words point to: an English page gets English citations, a Hungarian one its own namespace words.
     *
     * @param wikitext the page source
     * @param title    the page title
     * @return the refined article
     */
    public static Article parse(String wikitext, String title) {
        String text = wikitext == null ? "" : wikitext;
        return refiner(ProfileGuess.guess(text).profile()).parse(text, title);
    }
}
