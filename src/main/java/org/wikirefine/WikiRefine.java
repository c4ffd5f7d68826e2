package org.wikirefine;

/**
 * Static shortcuts for one-off use, with a shared default {@link WikiRefiner} (zh.wikipedia profile). Build your
 * own refiner with {@link WikiRefiner#builder()} to configure it.
 */
public final class WikiRefine {

    private WikiRefine() {
    }

    private static final class Default {
        static final WikiRefiner REFINER = WikiRefiner.builder().build();
    }

    /** {@return the shared default refiner} */
    public static WikiRefiner refiner() {
        return Default.REFINER;
    }

    /**
     * Refines wikitext of an untitled page.
     *
     * @param wikitext the page source
     * @return the refined article
     */
    public static Article parse(String wikitext) {
        return Default.REFINER.parse(wikitext, "");
    }

    /**
     * Refines wikitext with its page title (the title matters for title conversion and redirects).
     *
     * @param wikitext the page source
     * @param title    the page title
     * @return the refined article
     */
    public static Article parse(String wikitext, String title) {
        return Default.REFINER.parse(wikitext, title);
    }
}
